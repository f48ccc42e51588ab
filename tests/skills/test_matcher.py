"""Token boundaries, special characters and overlaps in the multi-pattern matcher (#3)."""

from __future__ import annotations

import pytest

from standout.skills.matcher import SurfaceMatcher

FORMS = {
    "java": ("java",),
    "javascript": ("javascript",),
    "c": ("c",),
    "c++": ("cpp",),
    "c#": ("csharp",),
    "f#": ("fsharp",),
    "r": ("r",),
    ".net": ("dotnet",),
    "asp.net": ("aspnet",),
    "asp.net core": ("aspnet-core",),
    "node.js": ("nodejs",),
    "ci/cd": ("ci-cd",),
    "objective-c": ("objective-c",),
    "socket.io": ("socketio",),
    "spring": ("spring",),
    "spring boot": ("spring-boot",),
    "python": ("python",),
    "python3": ("python",),
    "go": ("go",),
    "ruby on rails": ("rails",),
    "ruby": ("ruby",),
    "rails": ("rails",),
}


@pytest.fixture(scope="module")
def matcher() -> SurfaceMatcher:
    return SurfaceMatcher(FORMS)


def found(matcher: SurfaceMatcher, text: str) -> list[tuple[str, str]]:
    return [(text[c.start : c.end], c.skill_ids[0]) for c in matcher.find(text)]


def test_javascript_never_yields_java(matcher: SurfaceMatcher) -> None:
    assert found(matcher, "JavaScript and Java") == [("JavaScript", "javascript"), ("Java", "java")]


def test_names_with_special_characters(matcher: SurfaceMatcher) -> None:
    text = "C++, C#, F#, .NET, Node.js, CI/CD, ASP.NET, Objective-C, Socket.IO."
    assert [skill for _, skill in found(matcher, text)] == [
        "cpp",
        "csharp",
        "fsharp",
        "dotnet",
        "nodejs",
        "ci-cd",
        "aspnet",
        "objective-c",
        "socketio",
    ]


def test_longest_match_wins(matcher: SurfaceMatcher) -> None:
    assert found(matcher, "Spring Boot, ASP.NET Core, Ruby on Rails") == [
        ("Spring Boot", "spring-boot"),
        ("ASP.NET Core", "aspnet-core"),
        ("Ruby on Rails", "rails"),
    ]


def test_no_match_inside_words(matcher: SurfaceMatcher) -> None:
    assert found(matcher, "algorithms, good, gopher, Pythonic, rubygems, springs") == []


def test_single_letters_only_standalone(matcher: SurfaceMatcher) -> None:
    assert found(matcher, "C and R") == [("C", "c"), ("R", "r")]
    assert found(matcher, "R&D, Q&A, J.R.R. Tolkien, cat") == []
    assert found(matcher, "C++ and C#") == [("C++", "cpp"), ("C#", "csharp")]


def test_version_numbers_glued_or_separated(matcher: SurfaceMatcher) -> None:
    assert found(matcher, "Python3.11, Java17 and Node.js, Java 8") == [
        ("Python3", "python"),
        ("Java", "java"),
        ("Node.js", "nodejs"),
        ("Java", "java"),
    ]
    assert found(matcher, "python3") == [("python3", "python")]


def test_version_suffix_needs_a_boundary(matcher: SurfaceMatcher) -> None:
    assert found(matcher, "java8x go1") == []


def test_dot_net_inside_a_domain_is_not_dotnet(matcher: SurfaceMatcher) -> None:
    assert found(matcher, "see example.net") == []


def test_offsets_survive_case_folding_that_changes_length(matcher: SurfaceMatcher) -> None:
    text = "İstanbul: Java"
    assert found(matcher, text) == [("Java", "java")]


def test_a_failed_long_match_does_not_hide_a_valid_one() -> None:
    matcher = SurfaceMatcher(
        {
            "rest api": ("rest",),
            "api": ("api",),
            "spring": ("spring",),
            "spring boot": ("spring-boot",),
        }
    )
    assert found(matcher, "forest api") == [("api", "api")]
    assert found(matcher, "Spring Boots") == [("Spring", "spring")]


def test_single_letters_at_the_edges_and_in_parentheses(matcher: SurfaceMatcher) -> None:
    assert found(matcher, "C") == [("C", "c")]
    assert found(matcher, "(R) and C.") == [("R", "r"), ("C", "c")]
    assert found(matcher, "C/C++, c and r") == [("C", "c"), ("C++", "cpp")]
    assert found(matcher, "C.V. and Objective-C") == [("Objective-C", "objective-c")]


def test_a_longer_form_may_start_at_a_single_letter() -> None:
    matcher = SurfaceMatcher(
        {"c": ("c",), "c programming": ("c",), "r": ("r",), "shiny": ("shiny",)}
    )
    assert found(matcher, "Desired: C Programming, R") == [("C Programming", "c"), ("R", "r")]
    assert found(matcher, "R Shiny") == [("R", "r"), ("Shiny", "shiny")]
