"""What earlier figures of the same article tell later ones while it is read (anaphora, attribution)."""
from __future__ import annotations

from dataclasses import dataclass, field

from newsfigures.model import Article, Figure


@dataclass
class ArticleContext:
    """The article being read, the figures found in it so far, the last source it named, the code of the
    dollar its bare "$" stands for and the codes its bare shared currency names stand for (each read when first
    needed)."""

    article: Article
    figures: list[Figure] = field(default_factory=list)
    last_source: str = ""
    dollar: str = ""
    currencies: dict[str, str] | None = None
