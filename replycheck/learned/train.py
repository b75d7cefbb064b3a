"""Train the learned check's models: ``python -m replycheck.learned.train`` (``make model``).

For each language: read ``training_data/<lang>/sentences.jsonl``, hold out a
share of the sentences by a hash of their text, train spaCy's
``textcat_multilabel`` (bag of n-grams, ``config.cfg``, fixed seed) on the rest
with spaCy's own training loop, then set one threshold per category on the
held-out split: the lowest score at which precision stays at or above
``min_precision`` (a category that never gets there is turned off).  The model
folder gets the weights, the thresholds, the held-out figures and a fingerprint
of the data, config and seed (a test compares it with the data in the checkout).
``--check`` only compares the fingerprints (exit 1 when a model is stale).
"""

from __future__ import annotations

import argparse
import dataclasses
import io
import json
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy
import spacy
from spacy.tokens import DocBin
from spacy.training.initialize import init_nlp
from spacy.training.loop import train as train_loop
from spacy.util import load_config

from .corpus import CONFIG_PATH, DATA_DIR, LABELS, MODELS_DIR, CorpusError, Sentence, data_path, fingerprint, read_sentences
from ..pipeline import build_nlp
from .model import META_FILE, MODEL_FILE, folded_doc

LANGS = ("en", "tr")
PIPE = "textcat_multilabel"


@dataclass(frozen=True)
class Threshold:
    """A category's threshold (``None``: off) and what it gives on the held-out split."""

    value: float | None
    precision: float
    recall: float
    flagged: int
    positives: int
    off_because: str = ""  # why the category is off (value None)


def choose_threshold(scores: Sequence[float], gold: Sequence[bool], min_precision: float,
                     min_flagged: int, floor: float) -> Threshold:
    """The lowest score ≥ ``floor`` such that flagging every sentence scored at least that high,
    and at every higher cut that flags ``min_flagged`` or more, keeps precision ≥ ``min_precision``;
    ``None`` when no cut flags ``min_flagged`` sentences at that precision.  The threshold returned
    lies a little below that score (halfway to the next lower one, at most 1e-4 below it)."""
    order = sorted(range(len(scores)), key=lambda i: -scores[i])
    positives = sum(1 for g in gold if g)
    best: Threshold = Threshold(None, 0.0, 0.0, 0, positives,
                                f"fewer than {min_flagged} held-out sentences score {floor} or more")
    tp = flagged = 0
    i = 0
    while i < len(order) and scores[order[i]] >= floor:
        cut = scores[order[i]]
        while i < len(order) and scores[order[i]] == cut:  # ties go together
            tp += bool(gold[order[i]])
            flagged += 1
            i += 1
        precision = tp / flagged
        if flagged >= min_flagged:
            if precision < min_precision:
                if best.value is None:
                    best = dataclasses.replace(best, off_because=f"held-out precision below {min_precision} "
                                                                 f"at every cut flagging {min_flagged} or more")
                break
            below = scores[order[i]] if i < len(order) else floor  # the next lower score
            value = max(floor, cut - 1e-4, (cut + below) / 2)  # between the two: float noise can't flip a sentence
            best = Threshold(float(value), precision, tp / positives if positives else 0.0, flagged, positives)
    return best


def _docbin(nlp: spacy.Language, rows: list[Sentence]) -> DocBin:
    store = DocBin(store_user_data=False)
    for row in rows:
        doc = folded_doc(nlp, row.text)
        doc.cats = {label: float(label in row.labels) for label in LABELS}
        store.add(doc)
    return store


def train_language(lang: str, data_dir: Path = DATA_DIR, out_dir: Path = MODELS_DIR,
                   config_path: Path = CONFIG_PATH) -> dict[str, Any]:
    """Train, threshold and save the model of ``lang``; return its meta."""
    config = load_config(config_path)
    own = config["replycheck"]
    rows = read_sentences(data_path(lang, data_dir))
    held = [row for row in rows if row.held_out(own["holdout_percent"])]
    train_rows = [row for row in rows if not row.held_out(own["holdout_percent"])]
    if not held or not train_rows:
        raise CorpusError(f"{data_path(lang, data_dir)}: too few sentences to hold some out ({len(rows)})")
    folding = build_nlp(lang)
    with tempfile.TemporaryDirectory() as tmp:
        _docbin(folding, train_rows).to_disk(Path(tmp) / "train.spacy")
        _docbin(folding, held).to_disk(Path(tmp) / "dev.spacy")
        config = load_config(config_path, overrides={
            "nlp.lang": lang, "paths.train": str(Path(tmp) / "train.spacy"), "paths.dev": str(Path(tmp) / "dev.spacy"),
        })
        nlp = init_nlp(config)
        nlp, _ = train_loop(nlp, None, stdout=io.StringIO(), stderr=io.StringIO())
    textcat = nlp.get_pipe(PIPE)
    labels = list(textcat.labels)
    scores = numpy.asarray(textcat.model.predict([folded_doc(folding, row.text) for row in held]))
    thresholds: dict[str, float | None] = {}
    figures: dict[str, dict[str, Any]] = {}
    for column, label in enumerate(labels):
        gold = [label in row.labels for row in held]
        chosen = choose_threshold(scores[:, column].tolist(), gold, own["min_precision"], own["min_flagged"],
                                  own["min_threshold"])
        thresholds[label] = chosen.value
        figures[label] = {"precision": round(chosen.precision, 4), "recall": round(chosen.recall, 4),
                          "flagged": chosen.flagged, "positives": chosen.positives}
        if chosen.value is None:
            figures[label]["off"] = chosen.off_because
    architecture = dict(config["components"][PIPE]["model"])
    architecture["nO"] = len(labels)
    meta = {
        "lang": lang,
        "fingerprint": fingerprint(lang, data_dir, config_path),
        "seed": config["system"]["seed"],
        "spacy_version": spacy.__version__,
        "architecture": architecture,
        "labels": labels,
        "thresholds": thresholds,
        "sentences": {"train": len(train_rows), "held_out": len(held)},
        "held_out": figures,
    }
    folder = out_dir / lang
    folder.mkdir(parents=True, exist_ok=True)
    (folder / MODEL_FILE).write_bytes(textcat.model.to_bytes())
    (folder / META_FILE).write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return meta


def stale(lang: str, data_dir: Path = DATA_DIR, out_dir: Path = MODELS_DIR) -> str | None:
    """Why the shipped model of ``lang`` does not match the data and config (``None``: it does)."""
    meta_path = out_dir / lang / META_FILE
    if not meta_path.is_file():
        return f"no model for {lang!r} in {out_dir / lang}"
    shipped = json.loads(meta_path.read_text(encoding="utf-8")).get("fingerprint")
    if shipped != fingerprint(lang, data_dir):
        return f"the {lang!r} model was trained from other data or another config; run `make model`"
    return None


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m replycheck.learned.train", description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", action="append", choices=LANGS, help="a language to train (default: all)")
    parser.add_argument("--data", type=Path, default=DATA_DIR, help="folder with <lang>/sentences.jsonl")
    parser.add_argument("--out", type=Path, default=MODELS_DIR, help="folder to write <lang>/ models into")
    parser.add_argument("--check", action="store_true", help="only say whether the shipped models are up to date")
    args = parser.parse_args(argv)
    langs = args.lang or list(LANGS)
    for lang in langs:
        if not data_path(lang, args.data).is_file():
            print(f"error: no training data for {lang!r} at {data_path(lang, args.data)}", file=sys.stderr)
            return 2
    if args.check:
        problems = [why for lang in langs if (why := stale(lang, args.data, args.out))]
        for why in problems:
            print(why, file=sys.stderr)
        return 1 if problems else 0
    for lang in langs:
        try:
            meta = train_language(lang, args.data, args.out)
        except CorpusError as error:
            print(f"error: {error}", file=sys.stderr)
            return 2
        counts = meta["sentences"]
        print(f"{lang}: {counts['train']} training sentences, {counts['held_out']} held out")
        for label in meta["labels"]:
            fig, cut = meta["held_out"][label], meta["thresholds"][label]
            if cut is None:
                print(f"  {label:17} off: {fig['off']} ({fig['positives']} positive)")
            else:
                print(f"  {label:17} threshold {cut:.3f}  held-out P {fig['precision']:.3f} R {fig['recall']:.3f} "
                      f"({fig['flagged']} flagged, {fig['positives']} positive)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
