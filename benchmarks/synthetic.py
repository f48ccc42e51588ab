"""Synthetic backend resumes for load tests: varied, deterministic, about 700 words each.

Used by the batch benchmark and the batch tests; never as accuracy data (the labelled sets
under tests/fixtures are written by hand).
"""

from __future__ import annotations

import random

FIRST = (
    "Ana",
    "Ben",
    "Chen",
    "Dara",
    "Eli",
    "Farah",
    "Goran",
    "Hana",
    "Ivan",
    "Jonas",
    "Kemi",
    "Lena",
)
LAST = ("Silva", "Okafor", "Nguyen", "Kowalski", "Haddad", "Berg", "Tanaka", "Moreau", "Patel")
CITIES = ("Berlin, Germany", "Austin, TX", "Toronto, Canada", "Lisbon, Portugal", "Warsaw, Poland")
STACKS = (
    ("Python", "Django", "PostgreSQL", "Celery", "AWS"),
    ("Java", "Spring Boot", "MySQL", "Kafka", "Kubernetes"),
    ("Go", "gRPC", "PostgreSQL", "Redis", "GCP"),
    ("Node.js", "Express", "MongoDB", "RabbitMQ", "Docker"),
    ("C#", "ASP.NET Core", "SQL Server", "Azure Service Bus", "Azure"),
    ("Ruby", "Rails", "PostgreSQL", "Sidekiq", "Heroku"),
)
TITLES = ("Backend Engineer", "Senior Software Engineer", "Software Developer", "Platform Engineer")
EMPLOYERS = ("Acme Logistics", "Brightpay", "Cloudnest", "Datawise", "Evergreen Health", "Fintrail")
BULLETS = (
    "Built a {0} service on {1} that handles {n},000 requests per minute at p99 under {m} ms.",
    "Cut {4} costs by {p}% by rightsizing instances and moving batch work to spot capacity.",
    "Designed the {2} schema for billing and added indexes that made reports {x}x faster.",
    "Introduced {3} for background jobs, removing {n} hours of manual work per month.",
    "Wrote integration tests in {0} and raised coverage from {p}% to {q}%.",
    "Led the migration of {k} services to {4} with zero downtime.",
    "Worked on the REST API used by the mobile team and documented it with OpenAPI.",
    "Responsible for on-call duties and incident reviews for the payments platform.",
    "Mentored {k} junior developers and ran weekly code reviews.",
    "Partnered with product managers and the frontend team to ship a new onboarding flow.",
)


def synthetic_resume(rng: random.Random, index: int) -> str:
    """One plain-text resume; ``index`` makes the name and numbers unique."""
    stack = rng.choice(STACKS)
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    lines = [
        name,
        f"{rng.choice(CITIES)} | {name.split()[0].lower()}{index}@example.com | +1 555 {index:07d}",
        f"github.com/dev{index} | linkedin.com/in/dev{index}",
        "",
        "SUMMARY",
        f"Backend developer working with {stack[0]}, {stack[1]} and {stack[2]} on {stack[4]}.",
        "",
        "EXPERIENCE",
    ]
    year = 2025
    for _ in range(rng.randint(3, 5)):
        start = year - rng.randint(1, 3)
        lines.append(f"{rng.choice(TITLES)} - {rng.choice(EMPLOYERS)}")
        lines.append(f"Jan {start} - Dec {year}" if year < 2025 else f"Jan {start} - Present")
        for template in rng.sample(BULLETS, 5):
            values = {
                "n": rng.randint(2, 90),
                "m": rng.randint(20, 300),
                "p": rng.randint(10, 60),
                "q": rng.randint(61, 95),
                "x": rng.randint(2, 12),
                "k": rng.randint(2, 9),
            }
            lines.append("- " + template.format(*stack, **values))
        lines.append("")
        year = start - 1
    lines += [
        "SKILLS",
        f"Languages: {stack[0]}, SQL, Bash",
        f"Frameworks: {stack[1]}, {stack[3]}",
        f"Data: {stack[2]}, Redis, Elasticsearch",
        f"Cloud: {stack[4]}, Docker, Terraform, GitHub Actions",
        "",
        "EDUCATION",
        f"BSc Computer Science, State University, {year - 4} - {year}",
    ]
    return "\n".join(lines) + "\n"
