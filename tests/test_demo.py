"""The demo corpus (formats, length, originality) and the table `communique demo` prints."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest
import yaml

from communique.demo import demo_paths, render_table
from communique.errors import InputError
from communique.types import (
    Actor,
    ActorKind,
    DateMention,
    Document,
    Engagement,
    EngagementDate,
    EngagementStatus,
    Place,
    Quote,
    Record,
    Span,
)

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
TAG = re.compile(r"<[^>]*>")
WORD = re.compile(r"[^\W_]+")
RUN = 12


def _front_matter(text: str) -> tuple[dict[str, object], str]:
    _, head, body = text.split("---\n", 2)
    return yaml.safe_load(head), body


def _demo_texts() -> list[tuple[str, str]]:
    """(name, body text) of every readable demo document, parsed without communique.ingest."""
    texts: list[tuple[str, str]] = []
    for path in demo_paths():
        raw = path.read_bytes()
        if b"\x00" in raw:
            continue
        content = raw.decode("utf-8")
        if path.suffix == ".jsonl":
            lines = enumerate(content.splitlines(), 1)
            texts += [(f"{path.name}:{i}", json.loads(line)["text"]) for i, line in lines]
        elif path.suffix == ".md":
            texts.append((path.name, _front_matter(content)[1]))
        elif path.suffix == ".html":
            article = content.split("<article>", 1)[1].split("</article>", 1)[0]
            texts.append((path.name, TAG.sub(" ", article)))
        else:
            texts.append((path.name, content))
    return texts


def _words(text: str) -> list[str]:
    return WORD.findall(TAG.sub(" ", text).lower())


def _runs(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + RUN]) for i in range(len(words) - RUN + 1)}


# The corpus


def test_demo_paths_are_sorted_files_without_the_readme() -> None:
    paths = demo_paths()
    assert paths == sorted(paths, key=lambda p: p.name)
    assert all(p.is_file() for p in paths)
    assert "README.md" not in {p.name for p in paths}
    assert (paths[0].parent / "README.md").is_file()


def test_demo_ships_every_input_format() -> None:
    suffixes = {p.suffix for p in demo_paths()}
    assert {".txt", ".md", ".html", ".jsonl"} <= suffixes
    assert sum(p.suffix == ".txt" for p in demo_paths()) >= 4


def test_demo_has_at_least_fourteen_readable_documents() -> None:
    assert len(_demo_texts()) >= 14


@pytest.mark.parametrize("name, text", _demo_texts(), ids=lambda x: x if len(x) < 60 else "")
def test_every_demo_text_has_a_realistic_length(name: str, text: str) -> None:
    assert 150 <= len(_words(text)) <= 600, name


def test_markdown_texts_carry_a_title_and_date_in_front_matter() -> None:
    markdown = [p for p in demo_paths() if p.suffix == ".md"]
    assert len(markdown) >= 2
    for path in markdown:
        fields, body = _front_matter(path.read_text(encoding="utf-8"))
        assert fields["title"] and body.strip(), path.name
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(fields["date"])), path.name


def test_html_page_has_title_date_and_boilerplate_to_drop() -> None:
    (page,) = [p for p in demo_paths() if p.suffix == ".html"]
    html = page.read_text(encoding="utf-8")
    for part in ("<title>", '<meta name="date"', "<nav>", "<footer>", "<article>"):
        assert part in html


def test_jsonl_holds_two_or_three_documents_with_the_expected_fields() -> None:
    (path,) = [p for p in demo_paths() if p.suffix == ".jsonl"]
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert 2 <= len(items) <= 3
    for item in items:
        assert set(item) == {"id", "title", "published", "text"}
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", item["published"])


def test_exactly_one_demo_file_is_deliberately_unreadable() -> None:
    binary = [p.name for p in demo_paths() if b"\x00" in p.read_bytes()]
    assert len(binary) == 1


def test_demo_texts_share_no_long_run_with_each_other() -> None:
    # Each text is written on its own; a shared 12-word run would mean a pasted paragraph.
    seen: dict[tuple[str, ...], str] = {}
    for name, text in _demo_texts():
        for run in _runs(_words(text)):
            first = seen.setdefault(run, name)
            assert first == name, f"{name} repeats {first}: {' '.join(run)}"


@pytest.mark.slow
def test_no_demo_text_shares_a_twelve_word_run_with_the_shared_texts() -> None:
    folders = [SHARED / "seeds", SHARED / "corpus" / "diplomatic-meetings"]
    files = [f for folder in folders if folder.is_dir() for f in folder.rglob("*") if f.is_file()]
    if not files:
        pytest.skip("../shared is not present")
    demo = {run: name for name, text in _demo_texts() for run in _runs(_words(text))}
    for file in files:
        words = _words(file.read_bytes().decode("utf-8", errors="ignore"))
        copied = [(demo[run], " ".join(run)) for run in _runs(words) if run in demo]
        assert not copied, f"{copied[0][0]} shares {copied[0][1]!r} with {file.name}"


# The table

TEXT = (
    "On Tuesday (March 4, 2025) Foreign Secretary Teodoro Villanueva met Tran Quoc Hung"
    " in Hanoi before an ASEAN meeting."
)


def _span(word: str) -> Span:
    start = TEXT.index(word)
    return Span(start, start + len(word), word)


def _actor(
    actor_id: str,
    name: str,
    kind: ActorKind,
    country: str | None,
    role: str | None = None,
    at: str = "",
) -> Actor:
    mention = _span(at or name.split()[-1])
    return Actor(actor_id, name, kind, country, role, "government", (mention,))


def _record(**fields: object) -> Record:
    document = Document(
        id="d1",
        text=TEXT,
        source="texts/hanoi-talks.txt",
        title="Vietnam and Philippines agree coast guard hotline",
        published="2025-03-05",
    )
    return Record(document=document, **fields)  # type: ignore[arg-type]


PEOPLE = (
    _actor("a1", "Teodoro Villanueva", "person", "PHL", "Foreign Secretary"),
    _actor("a2", "Tran Quoc Hung", "person", "VNM"),
    _actor("a3", "Association of Southeast Asian Nations", "organization", "ASEAN", at="ASEAN"),
)
HANOI = Place("p1", "Hanoi", "city", "VNM", 21.03, 105.85, (_span("Hanoi"),))
MARCH_4 = DateMention("t1", "March 4, 2025", "2025-03-04", "day", _span("March 4, 2025"))


def _engagement(date: EngagementDate | None, status: EngagementStatus = "held") -> Engagement:
    countries = ("PHL", "VNM")
    return Engagement(
        "e1", "meeting", None, None, None, date, "p1", countries, "VNM", (), status, (), 0.9
    )


def test_table_shows_people_with_role_and_country_then_organisations() -> None:
    table = render_table([_record(actors=PEOPLE)], [], width=140)
    assert "Teodoro Villanueva (Foreign Secretary, PHL)" in table
    assert "Tran Quoc Hung (VNM)" in table
    assert table.index("Tran Quoc Hung") < table.index("Association of Southeast Asian Nations")


def test_role_too_wide_for_the_column_goes_on_the_next_line() -> None:
    lines = render_table([_record(actors=PEOPLE)], [], width=100).splitlines()
    (at,) = [i for i, line in enumerate(lines) if "Teodoro Villanueva" in line]
    column = lines[at].index("Teodoro")
    assert lines[at + 1][column:].startswith("  Foreign Secretary, PHL")


def test_table_shows_places_with_their_country() -> None:
    assert "Hanoi (VNM)" in render_table([_record(places=(HANOI,))], [])


def test_table_shows_title_and_file_name() -> None:
    table = render_table([_record()], [])
    assert "Vietnam and" in table and "hanoi-talks.txt" in table


def test_table_date_is_the_engagement_date_when_there_is_one() -> None:
    june = EngagementDate("2025-06-01", "day", "June 1", None)
    planned = _engagement(june, "planned")
    table = render_table([_record(dates=(MARCH_4,), engagements=(planned,))], [])
    assert "2025-06-01" in table and "planned" in table
    assert "2025-03-04" not in table


def test_table_date_without_engagements_is_the_first_day_in_the_text() -> None:
    year = DateMention("t0", "2025", "2025", "year", _span("2025"))
    table = render_table([_record(dates=(year, MARCH_4))], [])
    assert "2025-03-04" in table and "in text" in table


def test_table_date_falls_back_to_publication() -> None:
    table = render_table([_record(engagements=(_engagement(None),))], [])
    assert "2025-03-05" in table and "published" in table


def test_table_counts_engagements_outcomes_quotes_and_events() -> None:
    quote = Quote("q1", "x", _span("Hanoi"), (), None, None, None, True)
    table = render_table([_record(engagements=(_engagement(None),), quotes=(quote, quote))], [])
    first_row = table.splitlines()[2]
    assert first_row.split()[-4:] == ["1", "0", "2", "0"]


def test_table_ends_with_one_line_per_unreadable_input() -> None:
    failures = [
        InputError("texts/scanned-cable.txt", "binary file, not text", "convert it to text"),
        InputError("texts/empty.txt", "empty file"),
    ]
    lines = render_table([_record()], failures).splitlines()
    assert "could not read scanned-cable.txt: binary file, not text (convert it to text)" in lines
    assert "could not read empty.txt: empty file" in lines
    assert lines[-1] == "1 document read, 2 could not be read."


def test_long_name_is_truncated_with_an_ellipsis_not_wrapped() -> None:
    name = "Plenipotentiary Extraordinary Maximilian Alexander von Hohenzollern-Sigmaringen"
    long_actor = Actor("a9", name, "person", "DEU", None, None, (_span("Hanoi"),))
    table = render_table([_record(actors=(long_actor,))], [], width=100)
    lines = table.splitlines()
    assert all(len(line) <= 100 for line in lines)
    (cut,) = [line for line in lines if "Plenipotentiary" in line]
    assert "…" in cut
    assert not any("Sigmaringen" in line for line in lines)


def test_wide_characters_keep_the_columns_aligned() -> None:
    document = Document(id="d2", text=TEXT, source="x.txt", title="日本と中国の外相が北京で会談し経済協力の強化で一致")
    actors = (_actor("a1", "王毅毅", "person", "CHN", "外交部长", at="Tuesday"), *PEOPLE)
    lines = render_table([Record(document, actors=actors)], [], width=100).splitlines()

    def columns(text: str) -> int:
        return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)

    assert all(columns(line) <= 100 for line in lines)
    who = lines[0].index("WHO")
    assert columns(lines[2][: lines[2].index("王")]) == who


def test_many_actors_are_capped_with_a_count_of_the_rest() -> None:
    crowd = tuple(
        _actor(f"a{i}", f"Delegate Number{i}", "person", "FRA", "Ambassador", at="Hanoi")
        for i in range(20)
    )
    table = render_table([_record(actors=crowd)], [])
    assert re.search(r"… \+\d+ more", table)
    assert all(len(line) <= 100 for line in table.splitlines())


def test_table_with_no_records_says_so() -> None:
    assert "(no documents read)" in render_table([], [])


@pytest.mark.slow
def test_demo_corpus_reads_into_a_table_with_one_failure() -> None:
    ingest = pytest.importorskip("communique.ingest")
    if not hasattr(ingest, "iter_path"):
        pytest.skip("communique.ingest.iter_path is not written yet")
    from communique.pipeline import Pipeline

    items = [item for path in demo_paths() for item in ingest.iter_path(str(path))]
    failures = [i for i in items if isinstance(i, InputError)]
    documents = [i for i in items if not isinstance(i, InputError)]
    assert [Path(f.source).name for f in failures] == ["scanned-cable.txt"]
    assert len(documents) >= 14
    (page,) = [d for d in documents if d.source.endswith(".html")]
    assert "Itamaraty" in page.text and "Privacy policy" not in page.text
    table = render_table(Pipeline().extract_many(documents), failures)
    assert "could not read scanned-cable.txt" in table
    assert f"{len(documents)} documents read, 1 could not be read." in table
    assert all(len(line) <= 100 for line in table.splitlines())
