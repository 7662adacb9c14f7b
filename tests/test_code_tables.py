"""The code tables and the event lexicon hang together: every code, type, mode and context
one file names is defined in the file that owns it."""

from __future__ import annotations

import pytest

from communique.events import PLOVER_TYPES, CodeTables, Lexicon


@pytest.fixture(scope="module")
def tables() -> CodeTables:
    return CodeTables.load()


def test_plover_has_exactly_the_sixteen_types(tables: CodeTables) -> None:
    assert set(tables.plover_types) == set(PLOVER_TYPES)
    assert len(PLOVER_TYPES) == 16


def test_every_plover_root_code_is_a_cameo_code_of_that_type(tables: CodeTables) -> None:
    for name in PLOVER_TYPES:
        code = tables.root_code(name)
        assert code in tables.cameo
        assert tables.plover_of(code).type == name


def test_every_cameo_code_has_a_plover_reading(tables: CodeTables) -> None:
    assert set(tables.cameo_plover) == set(tables.cameo)


@pytest.mark.parametrize(
    ("code", "quad", "goldstein"),
    [("040", 1, 1.0), ("042", 1, 1.9), ("057", 1, 8.0), ("163", 4, -8.0), ("190", 4, -10.0)],
)
def test_cameo_quad_class_and_goldstein(tables: CodeTables, code: str, quad: int, goldstein: float) -> None:
    assert tables.cameo[code].quad_class == quad
    assert tables.cameo[code].goldstein == goldstein


def test_quad_class_follows_the_cameo_root(tables: CodeTables) -> None:
    for code in tables.cameo.values():
        root = int(code.root)
        expected = 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4
        assert code.quad_class == expected, code


def test_goldstein_stays_on_its_scale(tables: CodeTables) -> None:
    assert all(-10.0 <= c.goldstein <= 10.0 for c in tables.cameo.values())


def test_modes_and_contexts_in_the_mapping_are_defined(tables: CodeTables) -> None:
    for code, coding in tables.cameo_plover.items():
        if coding.type is None:
            assert code.startswith("01"), code  # only public statements fall outside PLOVER
            continue
        assert coding.type in tables.plover_types
        if coding.mode:
            assert (coding.type, coding.mode) in tables.plover_modes, code
        assert all(c in tables.plover_contexts for c in coding.contexts), code


def test_lexicon_codes_exist_and_map_to_plover() -> None:
    tables = CodeTables.load()
    for trigger in Lexicon.load():
        assert trigger.cameo in tables.cameo, trigger
        coding = tables.plover_of(trigger.cameo)
        # Public statements (01) are listed only to keep their words from reading as deeds.
        assert coding.type is not None or trigger.cameo.startswith("01"), trigger
        if trigger.mode:
            assert (coding.type, trigger.mode) in tables.plover_modes, trigger


def test_lexicon_has_no_duplicate_entries() -> None:
    keys = [(t.lemma, t.pos, t.with_) for t in Lexicon.load()]
    assert len(keys) == len(set(keys))


def test_most_specific_lexicon_entry_wins() -> None:
    lexicon = Lexicon.load()
    assert lexicon.lookup("impose", "V", {"sanction"}).cameo == "163"  # type: ignore[union-attr]
    assert lexicon.lookup("hold", "V", {"talk"}).mode == "meet"  # type: ignore[union-attr]
    assert lexicon.lookup("hold", "V", {"umbrella"}) is None
