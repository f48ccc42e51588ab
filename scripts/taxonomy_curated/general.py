# ruff: noqa: E501  (one skill per line reads best)
"""Broad areas of knowledge that postings and resumes name as skills ("big data", "cloud",
"front-end development", "DORA metrics"), next to the tools that carry them."""

from __future__ import annotations

from _seed import Seed, seed

CS = "case_sensitive"
TC = "tech_context"
PR = "practice"

# fmt: off
SKILLS: list[Seed] = [
    seed("backend-development", "Backend development", PR, "back-end development|backend engineering|back-end engineering|server-side development|server side development", area="languages_frameworks"),
    seed("frontend-development", "Frontend development", "frontend", "front-end development|front end development|front-end technologies|frontend technologies|front-end engineering|frontend engineering"),
    seed("full-stack-development", "Full-stack development", PR, "full-stack|full stack|fullstack|full-stack engineering", area="languages_frameworks"),
    seed("web-development", "Web development", PR, "web application development|web applications development|web app development", area="languages_frameworks"),
    seed("mobile-development", "Mobile development", "mobile", "mobile application development|mobile app development|mobile apps development"),
    seed("system-administration", "System administration", PR, "sysadmin|systems administration|system administrator|systems administrator|server administration", area="devops_sre"),
    seed("artificial-intelligence", "Artificial intelligence", "ml", "AI|artificial intelligence|applied ai|ai/ml|ml/ai"),
    seed("big-data", "Big data", "data_processing", "bigdata|big-data|big data technologies|big data platforms"),
    seed("data-analytics", "Data analytics", "data_processing", "data analysis|data analytics|analytics engineering and reporting"),
    seed("cybersecurity", "Cybersecurity", "security", "cyber security|cyber-security|it security|information security|infosec|security engineering"),
    seed("endpoint-security", "Endpoint security", "security", "endpoint protection|edr|endpoint detection and response|crowdstrike|carbon black|sentinelone|microsoft defender for endpoint"),
    seed("ui-ux-design", "UI/UX design", "frontend", "ux|ui/ux|ux/ui|ui design|ux design|user experience design|user interface design|wireframes|wireframing|ux research|human-computer interaction"),
    seed("dora-metrics", "DORA metrics", PR, "deployment frequency|lead time for changes|change failure rate|mean time to recovery|mttr|mttd|mean time to detect", area="devops_sre"),
    seed("web-servers", "Web servers", "tool", "web server|application servers|application server|app servers", area="devops_sre"),
    seed("cms", "Content management systems", "web_framework", "headless cms|contentful|sanity cms|content management system"),
    seed("strapi", "Strapi", "web_framework", "strapi cms", implies="nodejs|cms"),
    seed("sapui5", "SAPUI5", "frontend", "openui5|sap fiori|fiori", implies="javascript|sap"),
    seed("ramda", "Ramda", "library", "ramda.js|fp-ts|io-ts", implies="javascript|functional-programming"),
    seed("snowpack", "Snowpack", "build_tool", "parcel bundler|parcel.js", implies="javascript", context=TC),
    seed("scripting-languages", "Scripting", PR, "scripting languages|automation scripts|scripting language|scripting", area="languages_frameworks"),
    seed("automation", "Automation", PR, "process automation|task automation|workflow automation|it automation|automation tooling", area="devops_sre"),
    seed("software-architecture-docs", "Architecture diagrams", PR, "architecture diagrams|c4 model|c4 diagrams|sequence diagram", area="communication"),
]
# fmt: on
