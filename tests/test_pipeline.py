"""The pipeline contract: names, editing returns new pipelines, trace, Discard, errors, pickling."""

from __future__ import annotations

import functools
import pickle

import pytest

import cleaner
import cleaner.stages
from cleaner import DEFAULT, Discard, Document, Pipeline, PipelineError
from cleaner.pipeline import make_doc, stage_name


def shout(doc: Document) -> Document:
    """Upper-case every block (a stage used by these tests)."""
    return doc.evolve(blocks=tuple(b.evolve(text=b.text.upper()) for b in doc.blocks))


def drop_first(doc: Document) -> Document:
    """Drop the first block with reason "first"."""
    if not doc.blocks:
        return doc
    return doc.evolve(blocks=(doc.blocks[0].drop("first"), *doc.blocks[1:]))


def reject(doc: Document) -> Document:
    """Reject every page."""
    raise Discard("not_wanted")


def explode(doc: Document) -> Document:
    """Fail like a buggy stage."""
    raise ZeroDivisionError("boom")


def returns_none(doc: Document) -> None:
    """Break the contract by returning nothing."""


class Tagged:
    """A class stage with a name attribute and an option."""

    name = "tagged"

    def __init__(self, *, suffix: str) -> None:
        self.suffix = suffix

    def __call__(self, doc: Document) -> Document:
        return doc.evolve(blocks=tuple(b.evolve(text=b.text + self.suffix) for b in doc.blocks))


def test_stage_name_reads_name_attribute_function_name_and_partial():
    """A stage's name is its `name`, else its `__name__`, else its partial's function name."""
    assert stage_name(Tagged(suffix="!")) == "tagged"
    assert stage_name(shout) == "shout"
    assert stage_name(functools.partial(shout)) == "shout"


def test_stage_name_of_lambda_asks_for_a_pair():
    """A lambda has no usable name, and the error says how to give one."""
    with pytest.raises(PipelineError, match="pair"):
        stage_name(lambda doc: doc)


def test_pipeline_rejects_duplicate_names_listing_existing_ones():
    """Two stages with one name raise, naming the stages already there."""
    with pytest.raises(PipelineError, match=r"duplicate stage name 'shout'.*\['shout'\]"):
        Pipeline([shout, shout])


def test_pipeline_accepts_name_stage_pairs():
    """A (name, stage) pair gives a stage a name of the caller's choosing."""
    pipe = Pipeline([shout, ("shout_again", shout)])
    assert pipe.names == ("shout", "shout_again")
    assert pipe["shout_again"] is shout


def test_without_returns_new_pipeline_and_leaves_default_alone():
    """Editing returns a new pipeline; DEFAULT keeps all its stages."""
    before = DEFAULT.names
    shorter = DEFAULT.without("metadata", "judge")
    assert "metadata" not in shorter.names
    assert "judge" not in shorter.names
    assert DEFAULT.names == before


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (lambda p: p.insert(drop_first, after="a"), ("a", "drop_first", "b")),
        (lambda p: p.insert(drop_first, before="a"), ("drop_first", "a", "b")),
        (lambda p: p.insert(drop_first), ("a", "b", "drop_first")),
        (lambda p: p.insert(drop_first, after="b", name="x"), ("a", "b", "x")),
        (lambda p: p.replace("a", drop_first), ("a", "b")),
        (lambda p: p.without("a"), ("b",)),
    ],
)
def test_editing_places_stages_by_name(edit, expected):
    """insert/replace/without put stages where their names say."""
    base = Pipeline([("a", shout), ("b", shout)])
    assert edit(base).names == expected
    assert base.names == ("a", "b")


def test_replace_keeps_the_name_and_swaps_the_stage():
    """A replaced stage keeps its slot and name but runs the new callable."""
    pipe = Pipeline([("a", shout)]).replace("a", drop_first)
    assert pipe["a"] is drop_first


@pytest.mark.parametrize(
    "edit",
    [
        lambda p: p.without("nope"),
        lambda p: p.replace("nope", shout),
        lambda p: p.insert(shout, after="nope", name="s2"),
        lambda p: p["nope"],
    ],
)
def test_unknown_stage_name_raises_key_error_listing_names(edit):
    """An unknown name raises KeyError that lists the names there are."""
    with pytest.raises(KeyError, match="stages: \\['a'\\]"):
        edit(Pipeline([("a", shout)]))


@pytest.mark.parametrize(
    "edit",
    [
        lambda p: p.without("nope"),
        lambda p: p.replace("nope", shout),
        lambda p: p.insert(shout, before="nope", name="s2"),
        lambda p: p["nope"],
    ],
)
def test_unknown_stage_name_is_a_pipeline_error_with_a_plain_message(edit):
    """`except cleaner.PipelineError` catches an unknown name, as errors.py says it does.

    It was a bare KeyError, whose message also came out quoted ("\"no stage named ...\"").
    """
    with pytest.raises(PipelineError) as caught:
        edit(Pipeline([("a", shout)]))
    assert str(caught.value) == "no stage named 'nope'; stages: ['a']"


def test_insert_with_before_and_after_is_refused():
    """Giving both `before` and `after` is ambiguous and raises."""
    with pytest.raises(PipelineError):
        Pipeline([("a", shout)]).insert(drop_first, before="a", after="a")


def test_insert_takes_a_name_and_stage_pair_as_the_constructor_does():
    """`insert(("name", stage))` names the stage as `Pipeline([("name", stage)])` would."""
    pipe = Pipeline([("a", shout)]).insert(("loud", shout), after="a")
    assert pipe.names == ("a", "loud")
    assert pipe.insert(("x", drop_first), name="y", before="a").names == ("y", "a", "loud")


def test_run_on_a_raw_page_says_to_call_the_pipeline_itself():
    """`run` takes a Document; a raw page gets a TypeError that says what to call instead."""
    with pytest.raises(TypeError, match="pipeline itself"):
        Pipeline([("a", shout)]).run("raw page")  # type: ignore[arg-type]


def test_run_records_the_stage_that_dropped_a_block():
    """A block dropped by a stage carries that stage's name in `dropped_in`."""
    doc = Pipeline([("first_dropper", drop_first)]).run(make_doc("one", "two"))
    assert doc.blocks[0].dropped_by == "first"
    assert doc.blocks[0].dropped_in == "first_dropper"
    assert doc.blocks[1].kept


def test_run_does_not_mutate_its_input():
    """Stages return new documents; the input document is unchanged."""
    doc = make_doc("one", "two")
    Pipeline([shout, drop_first]).run(doc)
    assert [b.text for b in doc.blocks] == ["one", "two"]
    assert all(b.kept for b in doc.blocks)


def test_failing_stage_error_carries_a_note_naming_the_stage():
    """A stage bug re-raises with the original type and a note naming the stage."""
    with pytest.raises(ZeroDivisionError) as info:
        Pipeline([shout, explode]).run(make_doc("x"))
    assert "in cleaner stage 'explode'" in info.value.__notes__


def test_stage_returning_non_document_is_reported():
    """A stage that forgets to return the document raises a clear PipelineError."""
    with pytest.raises(PipelineError, match="returned NoneType"):
        Pipeline([("bad", returns_none)]).run(make_doc("x"))  # type: ignore[list-item]


def test_calling_pipeline_turns_discard_into_discarded_article():
    """Discard stops the pipeline and the Article carries the reason and an empty body."""
    article = Pipeline([reject])("some page text")
    assert article.discarded == "not_wanted"
    assert article.body == ()


def test_calling_pipeline_turns_stage_bug_into_error_article(caplog):
    """A stage bug is logged and the page comes back discarded with the error, never raised."""
    article = Pipeline([explode])("some page text")
    assert article.discarded is not None
    assert article.discarded.startswith("error: ZeroDivisionError: boom")
    assert "explode" in caplog.text


def test_trace_returns_document_after_every_stage():
    """trace gives the input and one snapshot per stage, in order."""
    steps = Pipeline([shout, drop_first]).trace(make_doc("a", "b"))
    assert [name for name, _ in steps] == ["input", "shout", "drop_first"]
    assert steps[1][1].blocks[0].text == "A"
    assert steps[2][1].blocks[0].dropped_by == "first"


def test_trace_stops_at_the_discarding_stage():
    """A discarding stage ends the trace."""
    steps = Pipeline([reject, shout]).trace("text")
    assert [name for name, _ in steps] == ["input", "reject"]


def test_class_stage_options_are_constructor_kwargs():
    """A configurable stage takes its options in __init__ and runs as a callable."""
    doc = Pipeline([Tagged(suffix="!")]).run(make_doc("hi"))
    assert doc.blocks[0].text == "hi!"


@pytest.mark.parametrize(("name", "stage"), DEFAULT.stages)
def test_configurable_default_stages_have_their_class_in_cleaner_stages(name, stage):
    """A default stage made from a class is importable by that class's name from cleaner.stages.

    docs/stages.md builds `ExtractHtml(label_removed=False)`: the class must be where the other
    configurable stages' classes (Decode, Detect, StripBoilerplate) are (usertest, session 19).
    """
    cls = type(stage)
    if cls.__module__.startswith("cleaner.stages."):  # an instance, not a plain function
        assert getattr(cleaner.stages, cls.__name__, None) is cls, name


@pytest.mark.parametrize(("name", "stage"), DEFAULT.stages)
def test_default_stages_are_picklable(name, stage):
    """Every default stage pickles, so worker processes can receive the pipeline."""
    assert stage_name(pickle.loads(pickle.dumps(stage))) == name


def test_default_pipeline_pickles_whole():
    """The default pipeline survives a pickle round trip with the same stage names."""
    assert pickle.loads(pickle.dumps(DEFAULT)).names == DEFAULT.names


@pytest.mark.parametrize("bad", [None, 3, 2.5, ["<p>x</p>"], {"html": "x"}])
def test_pipeline_call_rejects_wrong_types(bad):
    """Only str, bytes or a Document are pages; anything else is a TypeError."""
    with pytest.raises(TypeError, match="str or bytes"):
        cleaner.DEFAULT(bad)


def test_in_asks_for_a_stage_by_name_as_indexing_does():
    """`"judge" in pipeline` is True when `pipeline["judge"]` works, False otherwise."""
    pipeline = cleaner.DEFAULT
    assert "judge" in pipeline
    pipeline["judge"]
    assert "nonesuch" not in pipeline
    assert "judge" not in pipeline.without("judge")


def _raises_my_bug(doc: Document) -> Document:
    raise RuntimeError("my bug")


def test_a_failing_stage_is_named_in_the_page_and_the_batch_error():
    """A user's stage that raised came back as "error: RuntimeError: my bug" (a batch's error
    as "my bug"), naming no stage; Pipeline.run's note named it, clean() and batches did not.
    """
    pipeline = cleaner.DEFAULT.insert(_raises_my_bug, after="normalize")
    page = "Title\n\n" + "A sentence of the story. " * 10
    assert cleaner.clean(page, pipeline=pipeline).discarded == (
        "error: RuntimeError: my bug (in stage '_raises_my_bug')"
    )
    [result] = cleaner.clean_many([page], pipeline=pipeline)
    assert result.error == cleaner.PageError("RuntimeError", "my bug (in stage '_raises_my_bug')")


class _Shout:
    """A user's stage class, to be passed as an instance."""

    def __call__(self, doc: Document) -> Document:
        return doc


@pytest.mark.parametrize(
    "build",
    [
        lambda: Pipeline([_Shout]),
        lambda: DEFAULT.insert(_Shout, after="normalize"),
        lambda: DEFAULT.replace("normalize", _Shout),
    ],
)
def test_a_stage_class_instead_of_an_instance_is_refused_when_the_pipeline_is_built(build):
    with pytest.raises(PipelineError, match=r"class _Shout, not a stage: pass an instance"):
        build()


def _blocks_as_a_generator(doc: Document) -> Document:
    """A user's stage that forgot tuple(...) around its generator expression."""
    return doc.evolve(blocks=(b.drop("short") if len(b.text) < 20 else b for b in doc.blocks))


def test_stage_setting_blocks_to_a_generator_is_reported_with_the_fix():
    """A stage that sets `blocks` to a generator is told to pass a tuple."""
    pipeline = Pipeline([("blocks_as_a_generator", _blocks_as_a_generator)])
    article = pipeline(make_doc("Too short.", "A long enough paragraph of text here."))
    assert article.discarded is not None
    assert "tuple(" in article.discarded, article.discarded


def test_a_stage_that_is_not_callable_is_refused_with_what_a_stage_is():
    """`Pipeline([("x", 5)])` said only "stage 'x' is not callable: 5"."""
    with pytest.raises(PipelineError, match=r"is not callable: 5\. A stage is a function"):
        Pipeline([("x", 5)])  # type: ignore[list-item]
