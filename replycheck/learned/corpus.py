"""The learned check's training data: labelled sentences, a held-out split, a fingerprint.

``training_data/<lang>/sentences.jsonl`` (at the top of the repository) holds one
``{"text": …, "labels": [...]}`` per line; ``labels`` names the categories the
sentence shows (empty: a clean sentence).  The held-out split is chosen by a hash
of the sentence's text, so it never depends on the order of the file and the same
sentence is never on both sides.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

LABELS: tuple[str, ...] = ("jargon", "condescension", "negative_framing", "missing_timeline", "unkept_promise")
PACKAGE_DIR = Path(__file__).resolve().parent
CONFIG_PATH = PACKAGE_DIR / "config.cfg"
MODELS_DIR = PACKAGE_DIR / "models"
DATA_DIR = PACKAGE_DIR.parents[1] / "training_data"
"""Where the training data lives in a checkout (it does not ship in the wheel)."""


class CorpusError(ValueError):
    """A line of the training data is not a labelled sentence."""


@dataclass(frozen=True)
class Sentence:
    """One labelled sentence."""

    text: str
    labels: frozenset[str]

    def held_out(self, percent: int) -> bool:
        """Whether this sentence is in the held-out split (``percent`` of all texts, by hash)."""
        digest = hashlib.sha256(self.text.strip().encode("utf-8")).digest()
        return int.from_bytes(digest[:4], "big") % 100 < percent


def data_path(lang: str, data_dir: Path = DATA_DIR) -> Path:
    """The training file of ``lang``."""
    return data_dir / lang / "sentences.jsonl"


def read_sentences(path: Path) -> list[Sentence]:
    """The labelled sentences of ``path``; a bad line raises :class:`CorpusError` naming file and line."""
    rows: list[Sentence] = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as error:
                raise CorpusError(f"{path}:{number}: not JSON ({error.msg})") from None
            if not isinstance(item, dict) or not isinstance(item.get("text"), str) or not item["text"].strip():
                raise CorpusError(f"{path}:{number}: needs a non-empty \"text\"")
            labels = item.get("labels", [])
            if not isinstance(labels, list) or any(label not in LABELS for label in labels):
                raise CorpusError(f"{path}:{number}: \"labels\" must be a list of {', '.join(LABELS)}")
            rows.append(Sentence(item["text"].strip(), frozenset(labels)))
    return rows


def fingerprint(lang: str, data_dir: Path = DATA_DIR, config_path: Path = CONFIG_PATH) -> str:
    """SHA-256 of what a model is trained from: the language's data, the config (seed included)."""
    digest = hashlib.sha256()
    digest.update(f"lang={lang}\n".encode())
    digest.update(config_path.read_bytes())
    digest.update(b"\0")
    digest.update(data_path(lang, data_dir).read_bytes())
    return digest.hexdigest()
