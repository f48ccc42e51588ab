"""The fixed category ids of the taxonomy with their labels, and the valid guide areas."""

from __future__ import annotations

CATEGORIES = {
    "language": "Programming language",
    "web_framework": "Web framework or runtime",
    "library": "Library",
    "frontend": "Frontend technology",
    "database_relational": "Relational database",
    "database_nosql": "NoSQL database",
    "database_inmemory": "In-memory store or cache",
    "search": "Search engine",
    "data_processing": "Data processing and analytics",
    "api": "API style or tool",
    "cloud_provider": "Cloud provider",
    "cloud_service": "Cloud service",
    "container": "Containers",
    "orchestration": "Orchestration",
    "ci_cd": "CI/CD",
    "iac": "Infrastructure as code",
    "config_mgmt": "Configuration management",
    "testing": "Testing and code quality",
    "version_control": "Version control",
    "observability": "Monitoring, logging and tracing",
    "messaging": "Messaging and streaming",
    "security": "Security",
    "practice": "Engineering practice",
    "architecture": "Architecture",
    "os": "Operating system",
    "build_tool": "Build tool or package manager",
    "tool": "Tool",
    "ml": "Machine learning and AI",
    "mobile": "Mobile",
}

# The values of standout.model.skills.Area; the tests check the two agree.
VALID_AREAS = {
    "technical_expertise",
    "languages_frameworks",
    "databases_caching",
    "api_design",
    "cloud",
    "devops_sre",
    "security",
    "code_quality",
    "troubleshooting",
    "communication",
    "passion",
    "problem_solving",
    "results",
    "learning",
    "culture_fit",
}
