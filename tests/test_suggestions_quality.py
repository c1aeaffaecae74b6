"""The suggester's quality stays above floors measured on the annotated articles, and a 1 MB article finishes.

Floors are a few points under the figures measured when they were set (benchmarks/suggestions.py prints the
current ones): a rule change that loses attributions fails here.  The development set lives outside the
repository (../shared/suggestions-dev); its test is skipped where it is absent.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest

from annotator.paths import SAMPLE_ARTICLE
from annotator.suggestions import suggest_attributions
from tests.suggestions_scoring import scores

DATA = Path(__file__).resolve().parent / "suggestions_data"
ROOT = Path(__file__).resolve().parents[1]
DEV = next(
    (p / "shared" / "suggestions-dev" for p in ROOT.parents if (p / "shared" / "suggestions-dev").is_dir()), None
)

FLOORS = {
    # set: content (50% overlap), cue, mention, link; measured when set: own 0.99/1.00/1.00/0.99, fresh 1.00 x4,
    # fresh2 0.96 x4, fresh3 0.97/1.00/1.00/0.97, dev 1.00 x4
    "own": (0.95, 0.95, 0.95, 0.94),
    "fresh": (0.95, 0.95, 0.94, 0.94),
    "fresh2": (0.92, 0.92, 0.92, 0.91),
    "fresh3": (0.93, 0.95, 0.95, 0.93),
    "dev": (0.93, 0.93, 0.9, 0.93),
}


def _texts(gold: list[dict[str, Any]], folders: list[Path]) -> dict[str, str]:
    texts = {}
    for doc in gold:
        path = next(f / doc["article"] for f in folders if (f / doc["article"]).is_file())
        texts[doc["article"]] = path.read_text(encoding="utf-8")
    return texts


def _predict(texts: dict[str, str]) -> list[dict[str, Any]]:
    return [{"article": name, "claims": [s.to_json() for s in suggest_attributions(t)]} for name, t in texts.items()]


@pytest.mark.parametrize("name", ["own", "fresh", "fresh2", "fresh3"])
def test_our_annotated_articles_stay_above_their_floors(name: str) -> None:
    gold = json.loads((DATA / f"{name}_gold.json").read_text(encoding="utf-8"))
    texts = _texts(gold, [DATA, SAMPLE_ARTICLE.parent])
    measured = scores(gold, _predict(texts), texts)
    floors = dict(zip(("content", "cue", "mention", "link"), FLOORS[name], strict=True))
    assert {k: round(v, 2) for k, v in measured.items() if v < floors[k]} == {}


def test_the_gold_offsets_match_their_texts() -> None:
    for name in ("own", "fresh", "fresh2", "fresh3"):
        gold = json.loads((DATA / f"{name}_gold.json").read_text(encoding="utf-8"))
        texts = _texts(gold, [DATA, SAMPLE_ARTICLE.parent])
        for doc in gold:
            text = texts[doc["article"]]
            for c in doc["claims"]:
                assert text[c["start"] : c["end"]] == c["claim"]
                if c["cue"]:
                    assert text[c["cue_start"] : c["cue_start"] + len(c["cue"])] == c["cue"]
                if c["mention"]:
                    assert text[c["mention_start"] : c["mention_start"] + len(c["mention"])] == c["mention"]


def _score_module() -> Any:
    assert DEV is not None
    spec = importlib.util.spec_from_file_location("suggestions_score", DEV / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(DEV is None, reason="the development set (../shared/suggestions-dev) is not beside the repository")
def test_the_development_set_stays_above_its_floors_by_score_py(tmp_path: Path) -> None:
    assert DEV is not None
    score = _score_module()
    gold = json.loads((DEV / "gold.json").read_text(encoding="utf-8"))
    pred_path = tmp_path / "pred.json"
    pred_path.write_text(json.dumps(_predict(_texts(gold, [DEV])), ensure_ascii=False), encoding="utf-8")
    measured = score.score(score.load_docs(DEV / "gold.json"), score.load_docs(pred_path), [DEV])
    f1 = {k: measured[k].values()[2] for k in ("content overlap", "cue overlap", "source overlap", "link")}
    assert all(v >= floor for v, floor in zip(f1.values(), FLOORS["dev"], strict=True)), f1


@pytest.mark.skipif(DEV is None, reason="the development set (../shared/suggestions-dev) is not beside the repository")
def test_the_test_scorer_agrees_with_score_py(tmp_path: Path) -> None:
    score = _score_module()
    gold_path = DATA / "fresh2_gold.json"
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    texts = _texts(gold, [DATA])
    pred = _predict(texts)
    pred[0]["claims"] = pred[0]["claims"][1:]  # a miss, so the figures are not all 1.0
    pred_path = tmp_path / "pred.json"
    pred_path.write_text(json.dumps(pred, ensure_ascii=False), encoding="utf-8")
    theirs = score.score(score.load_docs(gold_path), score.load_docs(pred_path), [DATA])
    ours = scores(gold, pred, texts)
    for key, their_key in (("content", "content overlap"), ("cue", "cue overlap"), ("mention", "source overlap")):
        assert ours[key] == pytest.approx(theirs[their_key].values()[2])
    assert ours["link"] == pytest.approx(theirs["link"].values()[2])


def test_a_one_megabyte_article_is_suggested_whole(sample_text: str) -> None:
    text = (sample_text + "\n\n") * (1_000_000 // len((sample_text + "\n\n").encode("utf-8")) + 1)
    assert len(text.encode("utf-8")) >= 1_000_000
    found = suggest_attributions(text)
    assert len(found) >= 9 * (len(text) // len(sample_text) - 1)
    for s in found[:: max(1, len(found) // 50)]:
        assert text[s.start : s.end] == s.claim
    assert found[-1].start > len(text) - len(sample_text)
