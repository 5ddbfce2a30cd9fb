"""An editor's mistake in the glossary of abbreviations (docs/_data/afkortingen.md) stops
scripts/check-content with the file, the line and the fix, in Dutch."""

from __future__ import annotations

from editor_helpers import append, assert_findings_dutch, copy_project, findings_in, run_cli

from toolkit.abbreviations import GLOSSARY


def test_an_editors_mistake_in_the_glossary_stops_check_content(tmp_path):
    project = copy_project(tmp_path / "project")
    line = append(project, "docs/" + GLOSSARY, "*[NZa]: Nederlandse Zorgautoriteit\n*[QQX]: x\n")
    outcome = run_cli(project)
    assert outcome.returncode == 1
    assert_findings_dutch(outcome)
    found = dict(findings_in(outcome))
    assert "afkorting NZa staat twee keer" in found[f"docs/{GLOSSARY}, regel {line}"]
    assert "QQX komt op geen enkele pagina voor" in found[f"docs/{GLOSSARY}, regel {line + 1}"]
