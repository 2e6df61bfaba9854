"""The catalogue's plain reader (one context at a time, without xml.etree) reads exactly
what `i18n.read_ts` reads, and hands anything unusual to it."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from btvcrm import i18n
from btvcrm.i18n import Catalogue


def lazily(paths: list[Path]) -> Catalogue:
    return Catalogue.from_ts("nb", paths)


def everything(catalogue: Catalogue, contexts: set[str]) -> dict[i18n.Key, tuple[str, ...]]:
    for context in contexts:
        catalogue.lookup(context, "")
    return dict(catalogue._table)


def reference(paths: list[Path]) -> dict[i18n.Key, tuple[str, ...]]:
    table: dict[i18n.Key, tuple[str, ...]] = {}
    for path in paths:
        table.update(i18n.read_ts(path))
    return table


def test_the_shipped_catalogues_read_context_by_context() -> None:
    for lang in i18n.LANGUAGES:
        paths = i18n.ts_files(lang)
        expected = reference(paths)
        catalogue = lazily(paths)
        assert everything(catalogue, {key[0] for key in expected}) == expected
        assert not catalogue._complete, "the plain reader gave up on a shipped file"
        assert dict(catalogue._table) == expected


def test_a_label_reads_only_its_context() -> None:
    catalogue = lazily(i18n.ts_files("nb"))
    assert catalogue.translate("MeetingKind", "phone call") == "telefon"
    assert {key[0] for key in catalogue._table} == {"MeetingKind"}
    assert len(catalogue) == len(reference(i18n.ts_files("nb")))  # the whole on demand


def write(tmp_path: Path, body: str, name: str = "t.ts") -> Path:
    path = tmp_path / name
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="nb_NO">\n'
                    + body + "\n</TS>\n", encoding="utf-8")
    return path


def test_unusual_files_are_read_by_the_xml_parser(tmp_path: Path) -> None:
    plain = ('<context><name>C</name>\n<message><location filename="a.py" line="3"/>'
             '<source>A &amp; B &lt;b&gt; &#x263A; &#65;</source><comment>verb</comment>'
             '<translation>Å &quot;og&quot; &apos;B&apos;</translation></message>\n'
             '<message numerus="yes"><source>%n item(s)</source><extracomment>x</extracomment><translation>\n'
             '  <numerusform>%n ting</numerusform>\n  <numerusform>%n tinger</numerusform></translation></message>\n'
             '<message><source>Todo</source><translation type="unfinished">Gjør</translation></message>\n'
             '<message><source>Empty</source><translation/></message>\n</context>')
    cases = {
        "plain": plain,
        "comment": plain.replace("<message><source>Todo", "<!-- <message><source>X</source><translation>Y"
                                 "</translation></message> --><message><source>Todo"),
        "cdata": plain.replace("Gjør", "<![CDATA[Gjør]]>").replace(' type="unfinished"', ""),
        "variants": plain.replace("<numerusform>%n ting</numerusform>",
                                  '<numerusform variants="yes"><lengthvariant>%n t</lengthvariant></numerusform>'),
        "two blocks": plain + "\n<context><name>C</name><message><source>More</source>"
                              "<translation>Mer</translation></message></context>",
    }
    for name, body in cases.items():
        path = write(tmp_path, body, f"{name}.ts")
        expected = i18n.read_ts(path)
        catalogue = lazily([path])
        assert everything(catalogue, {"C"}) == expected, name
        assert catalogue._complete == (name not in ("plain", "two blocks")), name  # who read it
    assert lazily([write(tmp_path, plain)]).translate("C", "A & B <b> ☺ A", "verb") == "Å \"og\" 'B'"


texts = st.text(st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\r") | st.sampled_from(
    "&<>\"' \n\t"), max_size=12)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["C", "D", "Kind & Co"]), texts, texts, texts,
                          st.sampled_from(["", "unfinished", "obsolete"]), st.booleans()), max_size=8))
def test_any_messages_written_by_an_xml_writer_read_the_same(
        tmp_path_factory: pytest.TempPathFactory, messages: list[tuple[str, str, str, str, str, bool]]) -> None:
    root = ET.Element("TS", version="2.1")
    for context_name, source, comment, text, state, numerus in messages:
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = context_name
        message = ET.SubElement(context, "message")
        if numerus:
            message.set("numerus", "yes")
        ET.SubElement(message, "source").text = source
        if comment:
            ET.SubElement(message, "comment").text = comment
        translation = ET.SubElement(message, "translation")
        if state:
            translation.set("type", state)
        if numerus:
            for form in (text, text + "s"):
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = text
    folder = tmp_path_factory.mktemp("ts")
    path = folder / "t.ts"
    path.write_bytes(ET.tostring(root, encoding="utf-8", xml_declaration=True))
    expected = i18n.read_ts(path)
    assert everything(lazily([path]), {"C", "D", "Kind & Co"}) == expected
