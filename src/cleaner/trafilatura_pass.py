"""trafilatura's fast-mode extraction on an already parsed tree, without the work we throw away.

`stages.extract_html` asks trafilatura which text of the page is the article:
`bare_extraction(tree, fast=True, include_comments=False, include_tables=True,
output_format="txt")`, and reads only the body tree it builds. That call cost 17-20 ms a page on
sh-html, about half of the whole pipeline, and much of it was work whose result is dropped or
recomputed:

- four copies of the page: one of the input, one to clean, a backup for the comparison with
  readability/jusText (which fast mode never runs), and a backup for the recovery of stray
  paragraphs (which runs on few pages);
- the XPath filters (boilerplate classes and ids, comment sections, the content-area search)
  test class and id attributes with EXSLT `re:test`, a call from libxml2 back into Python for
  every element, several times per element;
- a fresh `Extractor` (with a date formatted for metadata it does not extract) per call.

`main_content` runs the same sequence (`trafilatura.core.trafilatura_sequence` and the parts of
`bare_extraction` that apply to these options) with one copy of the page, the filters as Python
predicates over each element's tag and attributes (the same tests, with Python's `re` as
`re:test` uses it), the backups made again only on the pages that need them, and one shared
`Extractor`. Rare paths (the recovery of stray paragraphs, the baseline rescue, the recall
retry) call trafilatura's own functions, on trees rebuilt exactly as trafilatura had them.

The result is the same body tree, element for element: `tests/test_trafilatura_pass.py` checks
the predicates against trafilatura's XPath expressions and the whole pass against
`bare_extraction`, and `bench/trafilatura_pass_check.py` does so over whole benchmark sets. The
port follows trafilatura 2.3.1 line by line (its functions are named in the comments); with any
other version installed `main_content` calls `bare_extraction` itself, so an upgrade can never
change what it returns.

Licence: this module is a derivative work of trafilatura (© Adrien Barbaresi and contributors,
Apache License 2.0, https://github.com/adbar/trafilatura): the sequence of
`trafilatura.core.bare_extraction`/`trafilatura_sequence` and the XPath expressions of
`trafilatura.xpaths` are re-expressed here, changed as described above (one tree copy, Python
predicates instead of EXSLT callbacks, backups rebuilt lazily). The licence text is in
LICENSES/trafilatura-Apache-2.0.txt; the rest of cleaner is MIT.
"""

from __future__ import annotations

import logging
import re
from copy import copy
from functools import lru_cache
from typing import TYPE_CHECKING, cast

import trafilatura
from lxml.etree import Element, XPath, iterwalk, strip_elements, strip_tags, tostring
from trafilatura import bare_extraction
from trafilatura.baseline import _BLOCK_ELEMS, _spaced_text, baseline, basic_cleaning
from trafilatura.core import (
    _DISCUSSION_FORUM_POSTING_RE,
    ESCALATION_ACCEPT_RATIO,
    ESCALATION_MAX_LENGTH,
    ESCALATION_PAGE_SHARE,
)
from trafilatura.htmlprocessing import (
    _handle_forms,
    convert_tags,
    is_paragraph_listing,
    link_density_test_tables,
    process_node,
    prune_html,
    recover_math,
    tree_cleaning,
)
from trafilatura.main_extractor import (
    NOT_AT_THE_END,
    REBUILT_BLOCKS,
    _elem_text,
    handle_textelem,
    recover_wild_text,
)
from trafilatura.settings import (
    _COOKIE_CONSENT_RE,
    DEDUPE_SCAN_CAP,
    DEFAULT_CONFIG,
    INLINE_FORMATTABLE,
    MANUALLY_CLEANED,
    MANUALLY_STRIPPED,
    MIN_DUPLICATE_LENGTH,
    TAG_CATALOG,
    Extractor,
)
from trafilatura.utils import (
    LINK_FARM_RATIO,
    SPACING_PROTECTED,
    remove_control_characters,
    text_chars_test,
    trim,
)
from trafilatura.xml import delete_element

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator

    from lxml.etree import _Element
    from lxml.html import HtmlElement

logger = logging.getLogger(__name__)

PORTED_VERSION = "2.3.1"
"""The trafilatura version this module reproduces; with another one, `bare_extraction` runs."""

# -- the XPath filters as predicates --------------------------------------------------------------
# Each `_is_*` answers for one element what the named expression of trafilatura.xpaths answers.
# `re:test(@a, p)` is `re.search(p, value of @a or "")`; `re:test(@a|@b, p)` tests the one of the
# two attributes that comes first in the element (XPath's string value of a node-set is its first
# node, and attributes come in source order).

_SECTIONS = frozenset({"div", "section", "aside"})
_RAW_ADDED = re.compile("mvp-post-add-(?:box|wrap)|infinite-?scroll")
_RAW_ADDED_STRICT = re.compile("mvp-post-add-(?:box|wrap)")
_COMMENT_TAGS = frozenset({"div", "list", "section", "details", "ol", "ul"})
_COMMENT_ID = re.compile("^(?:[Cc]omment(?!ary)|comol|disqus_thread|dsq-comments)")
_COMMENT_LIST_ID = re.compile("^(?:[Cc]omment(?!ary)|comol)")
_COMMENT_CLASS = re.compile("^[Cc]omment(?!ary)|(?:article|post)-comments")

_RAW_TAG_SET = _SECTIONS | _COMMENT_TAGS
_RAW_TAGS = tuple(_RAW_TAG_SET)

_DISCARD_TAGS = frozenset({"div", "item", "list", "p", "section", "span"})
_CONSENT = re.compile("cookie")
_BOTH = "^shar|social|viral|newsletter|syndication|tags|sidebar|banner|bread-?crumb|button|author"
_DISCARD_ID = re.compile(
    _BOTH + "|^(?:jp-|dpsp-content)|bmdh|footer|Footer|share|Share|nav|Nav|menu|related"
    "|message-container|premium|^ad-",
)
_DISCARD_CLASS = re.compile(
    _BOTH + "|^(?:nav|post-nav|ZendeskForm)|subnav|avigation|navbar|navbox|menu|bar"
    "| ad |-ad-|(?:^| )ad-|dfp[Aa]d|outbrain|taboola|criteo|paid-?content|widget"
    "|footer|Footer|byline|Byline|share-|sociable|embedded|embed|tag-list"
    "|consent|modal-content|permission|elated|next-|-stories|most-popular|more-on"
    "|meta|rating|attachment|timestamp|user-info|user-profile|-icon|article-infos"
    "|message-container|slide|viewport|overlay|options|expand|obfuscated|blurred"
    "|mol-factbox|yin|zlylin|nfoline",
)
_HIDDEN = re.compile("hidden")
_HIDDEN_ID = re.compile("reader-comments|akismet")
_HIDDEN_CLASS = re.compile(
    "^hide-|comments-title|nocomments|-reply-|message|akismet|suggest-links|-hide-|hide-print"
    "| hidden| hide|noprint|notloaded",
)

_FRAMES = frozenset({"article", "div", "main", "section"})
_BODY0_ID = re.compile(
    "(?:entry|article|art)-content|article__content|article(?:-|__)?body|articleBody|body-text",
)
_BODY0_CLASS = re.compile(
    "post[-_]text|post-body|post-?entry|post[-_]?content|postContent|post_inner_wrapper"
    "|article-?text|articleText|(?:entry|page|text|article|art)-content|article__content"
    "|article(?:-|__)?body|articleBody|ArticleContent|body-text|article__container",
)
_BODY2_CLASSES = frozenset({"postarea", "art-postcontent", "text", "cell", "story"})
_BODY2_ID = re.compile("^primary|story-body")
_BODY2_FULLTEXT = re.compile("fulltext", re.IGNORECASE)
_BODY2_CLASS = re.compile(
    "^article |post-bodycopy|story-?content|(?:theme|blog|section|single)-content|single-post"
    "|main-column|wpb_text_column|story-body|field-body",
)
_BODY3_ID = re.compile("content-main|content-body|contentBody")
_BODY3_CLASS = re.compile("content[-_]main|content(?:-|__)body")
_MAIN_FRAMES = frozenset({"article", "div", "section"})
_CM = str.maketrans("CM", "cm")
_CP = str.maketrans("CP", "cp")


_STRING = XPath("string()")

# delete_by_link_density's thresholds for balanced focus (favor_precision=False)
_LINK_DEPTH_THRESHOLD = 3
_LINK_LEN_THRESHOLD = 100


def _text_length(el: _Element) -> int:
    """The length of the element's text, its descendants' included (`text_content()`)."""
    return len(cast("str", _STRING(el)))


def _joined_text(body: _Element) -> str:
    """Return trafilatura's `temp_text`: the text pieces of the body joined by spaces, trimmed."""
    return " ".join(cast("Iterator[str]", body.itertext())).strip()


def _first(el: _Element, one: str, other: str) -> str:
    """The value of `@one|@other` as XPath's string(): the attribute that comes first, or ""."""
    a, b = el.get(one), el.get(other)
    if a is None:
        return b or ""
    if b is None:
        return a
    for name in el.attrib:
        if name in (one, other):
            return str(el.get(name))
    return ""  # pragma: no cover - one of them is there


def _is_raw_pruned(el: _Element, *, comments: bool) -> bool:
    """`RAW_TREE_PRUNE_XPATH` (both), and `REMOVE_COMMENTS_AND_LISTS_XPATH` when `comments`."""
    tag = el.tag
    if tag not in _RAW_TAG_SET:
        return False
    ident, cls = el.get("id") or "", el.get("class") or ""
    # every pattern below needs one of these words: most elements are done with at `in`
    both = f"{ident} {cls}"
    if tag in _SECTIONS:
        if (
            ("scroll" in both or "mvp-post-add-" in both)
            and (_RAW_ADDED.search(ident) or _RAW_ADDED.search(cls))
            and (
                el.find(".//h1") is None
                or _RAW_ADDED_STRICT.search(ident)
                or _RAW_ADDED_STRICT.search(cls)
            )
        ):
            return True
        if "elementor-share-buttons" in cls:
            return True
    if (
        comments
        and tag in _COMMENT_TAGS
        and ("omment" in both or "comol" in both or "disqus_thread" in both)
    ):
        by_class = _COMMENT_CLASS.search(cls)
        if by_class or _COMMENT_ID.search(ident):
            return tag not in ("ol", "ul") or bool(by_class or _COMMENT_LIST_ID.search(ident))
    return False


def _is_discarded(el: _Element) -> bool:
    """`OVERALL_DISCARD_XPATH`: either of its two expressions."""
    get = el.get
    ident, cls, style = get("id"), get("class"), get("style")
    if el.tag in _DISCARD_TAGS and (
        get("data-lp-replacement-content") is not None
        or "nav" in (get("role") or "").replace("N", "n")
        or "MostPopularStories" in (get("data-component") or "")
        or _CONSENT.search(_first(el, "id", "class"))
        or (ident and _DISCARD_ID.search(ident))
        or (cls and _DISCARD_CLASS.search(cls))
    ):
        return True
    return bool(
        cls == "comments-title"
        or (
            (ident is not None or cls is not None)
            and _first(el, "id", "class").startswith("reply-")
        )
        or ((ident is not None or style is not None) and _HIDDEN.search(_first(el, "id", "style")))
        or (style and ("display:none" in style or "display: none" in style))
        or (ident and _HIDDEN_ID.search(ident))
        or (cls and _HIDDEN_CLASS.search(cls))
        or get("aria-hidden") == "true",
    )


def _is_caption(el: _Element) -> bool:
    """`DISCARD_IMAGE_ELEMENTS`."""
    return el.tag in _DISCARD_TAGS and (
        "caption" in (el.get("id") or "") or "caption" in (el.get("class") or "")
    )


def _is_teaser(el: _Element) -> bool:
    """`TEASER_DISCARD_XPATH`."""
    return el.tag in _DISCARD_TAGS and (
        "teaser" in (el.get("id") or "").replace("T", "t")
        or "teaser" in (el.get("class") or "").replace("T", "t")
    )


def _is_body0(el: _Element) -> bool:
    if el.tag not in _FRAMES:
        return False
    ident, cls = el.get("id"), el.get("class")
    return bool(
        cls in ("post", "entry")
        or el.get("itemprop") == "articleBody"
        or ident == "articleContent"
        or (ident and _BODY0_ID.search(ident))
        or (cls and _BODY0_CLASS.search(cls)),
    )


def _is_body1(el: _Element) -> bool:
    return el.tag == "article"


def _is_body2(el: _Element) -> bool:
    if el.tag not in _FRAMES:
        return False
    ident, cls = el.get("id"), el.get("class")
    return bool(
        el.get("role") == "article"
        or ident in ("article", "story")
        or cls in _BODY2_CLASSES
        or (ident and _BODY2_ID.search(ident))
        or (cls and (_BODY2_FULLTEXT.search(cls) or _BODY2_CLASS.search(cls))),
    )


def _is_body3(el: _Element) -> bool:
    if el.tag not in _FRAMES:
        return False
    ident, cls = el.get("id") or "", el.get("class") or ""
    return bool(
        ident == "content"
        or cls == "content"
        or _BODY3_ID.search(ident)
        or _BODY3_CLASS.search(cls)
        or "main-content" in ident.translate(_CM)
        or "main-content" in cls.translate(_CM)
        or "page-content" in cls.translate(_CP),
    )


def _is_body4(el: _Element) -> bool:
    tag = el.tag
    if tag == "main":
        return True
    return tag in _MAIN_FRAMES and (
        (el.get("class") or "").startswith("main")
        or (el.get("id") or "").startswith("main")
        or (el.get("role") or "").startswith("main")
    )


BODY_TESTS: tuple[Callable[[_Element], bool], ...] = (
    _is_body0,
    _is_body1,
    _is_body2,
    _is_body3,
    _is_body4,
)
"""`BODY_XPATH`, in order: each expression's first hit is the first descendant passing its test."""


# The only tags each test can pass: the walk hands it those alone, picked out in C, instead of
# calling it on every element (a page has ~800; most tests answer for a handful of tags).
_TEST_TAGS: dict[Callable[[_Element], bool], tuple[str, ...]] = {
    _is_body0: tuple(_FRAMES),
    _is_body1: ("article",),
    _is_body2: tuple(_FRAMES),
    _is_body3: tuple(_FRAMES),
    _is_body4: ("main", *_MAIN_FRAMES),
    _is_caption: tuple(_DISCARD_TAGS),
    _is_teaser: tuple(_DISCARD_TAGS),
}


def _matches(tree: _Element, test: Callable[[_Element], bool]) -> list[_Element]:
    """The descendants of `tree` (`.//*`) that pass `test`, in document order."""
    return [el for el in tree.iterdescendants(*_TEST_TAGS.get(test, ("*",))) if test(el)]


def _first_match(tree: _Element, test: Callable[[_Element], bool]) -> _Element | None:
    return next(
        (el for el in tree.iterdescendants(*_TEST_TAGS.get(test, ("*",))) if test(el)),
        None,
    )


def _delete_all(elements: Iterable[_Element]) -> None:
    """`prune_unwanted_nodes` without backup: delete each, keeping its tail."""
    for el in elements:
        delete_element(el)


# -- the sequence -------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _options() -> Extractor:
    """The options `bare_extraction` builds for our call; the page's URL is not among them.

    The URL reaches extraction only through `convert_tags`, which reads it for links alone,
    and links are off; `Extractor.url`/`source` name the page in trafilatura's log messages.
    Nothing in the extraction writes to the options (the recall retry works on a copy).
    """
    return Extractor(
        config=DEFAULT_CONFIG,
        output_format="txt",
        fast=True,
        comments=False,
        tables=True,
        with_metadata=False,
    )


def _pruned_copy(tree: HtmlElement, *, forum: bool) -> HtmlElement:
    """A copy of the page with the raw-tree prunes of `trafilatura_sequence` applied."""
    pruned = copy(tree)
    comments = not forum
    # every filter reads the id or the class: an element without attributes is passed over
    _delete_all(
        [
            el
            for el in pruned.iterdescendants(*_RAW_TAGS)
            if el.keys() and _is_raw_pruned(el, comments=comments)
        ],
    )
    return pruned


def _prune_sections(  # noqa: C901, PLR0912 - a port, kept in the shape of trafilatura's prune_unwanted_sections
    tree: _Element,
    potential_tags: set[str],
    *,
    keep_teasers: bool = False,
) -> _Element:
    """`prune_unwanted_sections` for balanced focus: teasers pruned (the main pass) or kept."""
    # OVERALL_DISCARD_XPATH with its guard: the outermost hits go unless they hold nearly all
    # the text. Their descendants are not tested: trafilatura drops them from the hits too.
    outer: list[_Element] = []
    captions: list[_Element] = []
    teasers: list[_Element] = []
    walker = iterwalk(tree, events=("start",))
    next(walker)  # `tree` itself: `.//*` starts below it
    for _, el in walker:
        # every test reads an attribute: an element without any passes none of them
        if not isinstance(el.tag, str) or not el.keys():
            continue
        if _is_discarded(el):
            outer.append(el)
            walker.skip_subtree()
            continue
        if _is_caption(el):
            captions.append(el)
        if _is_teaser(el):
            teasers.append(el)
    if outer:
        old_len = _text_length(tree)
        if old_len - sum(_text_length(el) for el in outer) > old_len / 7:
            _delete_all(outer)
        else:
            # nothing pruned: the image and teaser filters see the hits' insides as well
            captions = _matches(tree, _is_caption)
            teasers = _matches(tree, _is_teaser)
    _delete_all(captions)
    # TEASER_DISCARD_XPATH runs on the tree without the captions; a teaser inside one is gone
    # with it either way
    if not keep_teasers:
        _delete_all(teasers)
    # Deleting never puts a link into a box: the boxes found holding one are a superset of
    # those that do for all six calls (each box's links are read afresh). A link's length
    # holds until something is deleted (the deleted box may have been inside the link).
    linked = _holding_links(tree)
    lengths: dict[_Element, tuple[int, bool]] = {}
    for _ in range(2):
        deleted = False
        for tagname in ("div", "list", "p"):
            if _delete_by_link_density(
                tree, tagname, linked, lengths, backtracking=tagname == "div"
            ):
                deleted = True
                lengths.clear()
        if not deleted:
            break  # the second round would read the same tree and delete nothing either
    if "table" in potential_tags:
        boilerplate_tables = [el for el in tree.iter("table") if link_density_test_tables(el)]
        for el in boilerplate_tables:
            delete_element(el, keep_tail=False)
    strip_tags(tree, "span", "ref")
    return tree


def _delete_by_link_density(
    subtree: _Element,
    tagname: str,
    linked: set[_Element],
    links: dict[_Element, tuple[int, bool]],
    *,
    backtracking: bool,
) -> bool:
    """`htmlprocessing.delete_by_link_density` for balanced focus; whether it deleted anything.

    The answer lets `_prune_sections` skip trafilatura's second round of the three calls when
    the first deleted nothing: the tests are pure, so the same tree gives the same (no)
    deletions. Each element's test is `_link_density_test`, trafilatura's with its text read
    only as far as the answer needs; the elements outside `linked` hold no link, and `links`
    keeps the links' lengths (see `_prune_sections`).
    """
    deletions = []
    for elem in subtree.iter(tagname):
        if elem not in linked:
            continue  # no link inside: the test's first answer is (False, False)
        result, short_with_links, length = _link_density_test(elem, links)
        if result or (
            backtracking
            and short_with_links
            and len(elem) >= _LINK_DEPTH_THRESHOLD
            # `length` is the element's whole text wherever `short_with_links` holds
            and length < _LINK_LEN_THRESHOLD
        ):
            # a paragraph that holds the content of a list item is kept (trafilatura GH #788)
            parent = elem.getparent()
            if tagname == "p" and parent is not None and parent.tag in ("item", "td", "th"):
                continue
            deletions.append(elem)
    for elem in dict.fromkeys(deletions):
        delete_element(elem)
    return bool(deletions)


def _holding_links(subtree: _Element) -> set[_Element]:
    """The elements of `subtree` (itself included) that hold a `ref` below them.

    One search for the links and a climb from each to the nearest box already marked, instead
    of a search of every tested element's subtree (each nested box searched the boxes inside
    it again).
    """
    linked: set[_Element] = set()
    for link in subtree.iterdescendants("ref"):
        for box in link.iterancestors():
            if box in linked:
                break
            linked.add(box)
            if box is subtree:
                break
    return linked


def _trimmed_length(el: _Element, cap: int | None = None) -> int:
    """`len(trim(el.text_content()))` where that is under `cap`; else a length >= `cap`.

    trafilatura's `link_density_test` trims the whole text of every element it tests, and the
    `div` test trims each nested box's text again for every box around it. The collapsed
    length of a text's start is never more than the whole text's, so where the start already
    reaches `cap` the rest is not split.
    """
    text = cast("str", _STRING(el))
    if cap is not None and len(text) > _HEAD_READ * cap:
        length = len(" ".join(text[: _HEAD_READ * cap].split()))
        if length >= cap:
            return length
    return len(" ".join(text.split()))


# How much of a long text `_trimmed_length` collapses first, in multiples of the cap: the
# indentation of a page's markup is whitespace between the words
_HEAD_READ = 2


def _link_info(
    links: list[_Element],
    known: dict[_Element, tuple[int, bool]],
) -> tuple[int, int, int]:
    """`collect_link_info`'s total length, count and short count, each link's text read once."""
    total = count = short = 0
    for link in links:
        info = known.get(link)
        if info is None:
            length = _trimmed_length(link)
            info = known[link] = (length, length < _SHORT_LINK_CHARS)
        if info[0]:
            total += info[0]
            count += 1
            short += info[1]
    return total, count, short


# `link_density_test`'s constants for balanced focus (favor_precision=False)
_SHORT_LINK_CHARS = 10
_ONE_LINK_CHARS = 100
_ONE_LINK_SHARE = 0.9
_LINKED_SHARE = 0.8
_SHORT_LINKS_SHARE = 0.8
_FARM_LINKS = 4
_FARM_LINK_CHARS = 100


def _link_density_test(  # noqa: C901, PLR0911, PLR0912 - a port, kept in the shape of trafilatura's link_density_test
    elem: _Element,
    known: dict[_Element, tuple[int, bool]],
) -> tuple[bool, bool, int]:
    """`htmlprocessing.link_density_test(elem, favor_precision=False)`, and a text length.

    The same two answers; the length is the element's trimmed text length where the second
    answer (short with links) holds, else a length that may fall short of it. Each threshold
    needs only to know whether the text is shorter than some bound, so the text is read up to
    that bound (`_trimmed_length`); the links' lengths are kept in `known` (by link element)
    for the elements around them, which hold the same links.
    """
    links = list(elem.iterdescendants("ref"))
    if not links:
        return False, False, 0
    # preserve image containers (`find(".//graphic")`: the same answer, sooner)
    if next(elem.iterdescendants("graphic"), None) is not None:
        return False, False, 0
    if elem.tag == "p":
        limitlen = 60 if elem.getnext() is None else 30
    elif elem.getnext() is None:
        limitlen = 300
    else:
        limitlen = 100
    elemlen = -1
    if len(links) == 1:
        link_len = _link_info(links, known)[0]
        if link_len > _ONE_LINK_CHARS:
            # over this bound the element's text is too long for the shortcut
            elemlen = _trimmed_length(elem, max(limitlen, int(link_len / _ONE_LINK_SHARE) + 2))
            if link_len > elemlen * _ONE_LINK_SHARE:
                return True, False, elemlen
    if elemlen < 0:
        elemlen = _trimmed_length(elem, limitlen)
    if elemlen < limitlen:  # the exact length: under every cap it was read with
        linklen, elemnum, shortelems = _link_info(links, known)
        if elemnum == 0:
            return True, False, elemlen
        return (
            (
                linklen > elemlen * _LINKED_SHARE
                or (elemnum > 1 and shortelems / elemnum > _SHORT_LINKS_SHARE)
            ),
            True,
            elemlen,
        )
    if len(links) > _FARM_LINKS:
        linklen, elemnum, _ = _link_info(links, known)
        if linklen < _FARM_LINK_CHARS * elemnum:
            # a text this long holds too little link text for a farm
            cap = max(limitlen, int(linklen / LINK_FARM_RATIO) + 2)
            elemlen = _trimmed_length(elem, cap)
            if linklen > elemlen * LINK_FARM_RATIO and not is_paragraph_listing(links):
                return True, False, elemlen
    return False, False, elemlen


def _paragraph_text_length(tree: _Element) -> int:
    """`len("".join(tree.xpath("//p//text()")))`: the text inside the document's paragraphs."""
    root = tree.getroottree().getroot()
    return sum(_text_length(p) for p in root.iter("p") if next(p.iterancestors("p"), None) is None)


def _extract(tree: _Element, options: Extractor) -> tuple[_Element, str, set[str]]:  # noqa: C901, PLR0912 - a port, kept in the shape of trafilatura's _extract to be read against it
    """`main_extractor._extract` with the predicates above in place of the XPath expressions."""
    potential_tags = set(TAG_CATALOG)
    potential_tags.update(["table", "td", "th", "tr"])  # include_tables
    result_body = Element("body")
    for test in BODY_TESTS:
        subtree = _first_match(tree, test)
        if subtree is None:
            continue
        # recall focus prunes no teasers (the retry's `prune_unwanted_sections`)
        subtree = _prune_sections(subtree, potential_tags, keep_teasers=options.focus == "recall")
        if len(subtree) == 0:
            continue
        # no paragraphs containing text, or not enough (balanced focus: factor 3)
        if _paragraph_text_length(subtree) < options.min_extracted_size * 3:
            potential_tags.add("div")
        subelems = cast("list[_Element]", subtree.xpath(".//*"))
        tags = {e.tag for e in subelems}
        if tags == {"lb"} or (
            subtree.tag == "div" and "div" in potential_tags and tags <= INLINE_FORMATTABLE | {"lb"}
        ):
            subelems = [subtree]
        lead, start = None, len(result_body)
        if subelems != [subtree] and text_chars_test(subtree.text):
            lead = Element("p")
            lead.text = subtree.text
            lead = process_node(lead, options)
        for elem in subelems:
            if elem.getroottree().getroot() is result_body:
                continue
            tag, tail = elem.tag, elem.tail
            processed_elem = handle_textelem(elem, potential_tags, options)
            if processed_elem is not None:
                result_body.append(processed_elem)
                if elem.getroottree().getroot() is not result_body:
                    elem.tag = "done"
            if (
                tag in REBUILT_BLOCKS
                and text_chars_test(tail)
                and (processed_elem is None or processed_elem.tail is None)
            ):
                tail_elem = Element("p")
                tail_elem.text = tail
                if process_node(tail_elem, options) is not None:
                    result_body.append(tail_elem)
        while len(result_body) > 0 and (result_body[-1].tag in NOT_AT_THE_END):
            delete_element(result_body[-1], keep_tail=False)
        if sum(e.tag != "graphic" for e in result_body) > 1:
            if lead is not None:
                result_body.insert(start, lead)
            break
    temp_text = _joined_text(result_body)
    return result_body, temp_text, potential_tags


def _recover_wild_text(
    tree: HtmlElement,
    result_body: _Element,
    options: Extractor,
    potential_tags: set[str],
    consumed: set[_Element],
) -> _Element:
    """`main_extractor.recover_wild_text` for balanced focus, with `_prune_sections`' prune.

    trafilatura prunes the page here with the XPath expressions and the backup guard of
    `prune_unwanted_nodes`, whose test of every hit's ancestors against the other hits grows
    with the square of the page (sh-html: ~0.4 ms a page on the pages the recovery runs on).
    Fast mode keeps the teasers, as trafilatura's call does.
    """
    potential_tags = set(potential_tags)
    search_expr = ".//code|.//p|.//quote|.//table|.//div[contains(@class, 'w3-code')]"
    search_tree = _prune_sections(tree, potential_tags, keep_teasers=options.fast)
    subelems = cast("list[_Element]", search_tree.xpath(search_expr))
    elem_texts = [_elem_text(el) for el in result_body]
    existing = "\n".join(filter(None, elem_texts))
    existing_elems = set(elem_texts)
    handled: set[_Element] = set()
    for subelem in subelems:
        if (consumed and subelem in consumed) or any(a in handled for a in subelem.iterancestors()):
            continue
        processed = handle_textelem(subelem, potential_tags, options)
        if processed is None:
            continue
        if processed is subelem:
            handled.add(subelem)
        text = _elem_text(processed)
        images = {img.get("src") for img in processed.iter("graphic")}
        if not text and images and images <= {g.get("src") for g in result_body.iter("graphic")}:
            continue
        under_cap = len(existing) <= DEDUPE_SCAN_CAP
        fragment = trim(text + (processed.tail or "")) if text_chars_test(processed.tail) else ""
        if text and (
            text in existing_elems
            or (
                under_cap
                and (
                    (len(text) > MIN_DUPLICATE_LENGTH and text in existing)
                    or (fragment and fragment in existing)
                )
            )
        ):
            continue
        result_body.append(processed)
        if under_cap:
            existing += "\n" + (fragment or text)
        existing_elems.add(text)
    return result_body


def _forum_thread_page(tree: HtmlElement) -> bool:
    """`core._forum_thread_page`, the pattern tried only on scripts that hold the type's name.

    Its pattern matches only text with `"DiscussionForumPosting"` in it; a substring test rules
    out the other JSON-LD scripts, which can be long (sh-html: 0.2 ms a page in the pattern).
    The scripts are found by tag in C and their type read after: `iterfind` tests the path's
    `[@type="application/ld+json"]` in Python on every script (0.11 -> 0.02 ms a page).
    """
    for script in tree.iterdescendants("script"):
        if script.get("type") != "application/ld+json":
            continue
        text = script.text
        if (
            text
            and '"DiscussionForumPosting"' in text
            and _DISCUSSION_FORUM_POSTING_RE.search(text)
        ):
            return True
    return False


def _tree_cleaning(tree: HtmlElement, options: Extractor) -> HtmlElement:
    """`htmlprocessing.tree_cleaning` for our options: each cleaned tag sought where it is.

    trafilatura walks the whole tree once per tag of `MANUALLY_CLEANED` (about 50 walks); one
    walk first tells which of them the page has at all. The deletions then run as trafilatura
    runs them, tag by tag and element by element (`tree.iter` while deleting, which stops early
    when an element holds one of its own tag: the same quirk, the same result). Other options
    (recall focus, images, no tables) go to trafilatura's own function.
    """
    if options.focus == "recall" or options.images or not options.tables:
        return tree_cleaning(tree, options)
    recover_math(tree)
    cleaning_list, stripping_list = MANUALLY_CLEANED.copy(), MANUALLY_STRIPPED.copy()
    clean_forms = "form" in cleaning_list
    if clean_forms:
        cleaning_list.remove("form")
    for elem in tree.iter("figure", "table"):
        if (
            elem.find(".//table") is not None
            if elem.tag == "figure"
            else elem.get("role") in ("presentation", "none")
        ):
            elem.tag = "div"
    strip_tags(tree, stripping_list)
    present = {el.tag for el in tree.iter(*cleaning_list)} if cleaning_list else set()
    for expression in cleaning_list:
        if expression in present:
            for element in tree.iter(expression):
                delete_element(element)
    if clean_forms:
        _handle_forms(tree)
    return prune_html(tree, options.focus)


def _prepared(pruned: HtmlElement, options: Extractor) -> HtmlElement:
    """`_prepare_tree` without its backup copy, in place: cleaned and converted."""
    return convert_tags(_tree_cleaning(pruned, options), options)


def _extract_content(
    tree: HtmlElement,
    cleaned: HtmlElement,
    options: Extractor,
    *,
    forum: bool,
) -> tuple[_Element, str]:
    """`main_extractor.extract_content`; its backup is rebuilt only when the recovery runs."""
    order = list(cleaned.iter())
    result_body, temp_text, potential_tags = _extract(cleaned, options)
    if len(result_body) == 0 or len(temp_text) < options.min_extracted_size:
        # the same steps on a fresh copy give the tree trafilatura's deepcopy held
        backup_tree = _prepared(_pruned_copy(tree, forum=forum), options)
        consumed = {
            twin for elem, twin in zip(order, backup_tree.iter(), strict=True) if elem.tag == "done"
        }
        result_body = _recover_wild_text(
            backup_tree, result_body, options, potential_tags, consumed
        )
        temp_text = _joined_text(result_body)
    return _finished(result_body), temp_text


def _finished(result_body: _Element) -> _Element:
    """`extract_content`'s last steps: repeated blocks, "done" and div marks, blank line breaks."""
    previous = None
    for el in list(result_body):
        current = _elem_text(el)
        if current and current == previous and len(current) > MIN_DUPLICATE_LENGTH:
            delete_element(el, keep_tail=False)
        else:
            previous = current
    strip_elements(result_body, "done")
    strip_tags(result_body, "div")
    for linebreak in result_body.iter("lb"):
        if (
            linebreak.tail
            and not text_chars_test(linebreak.tail)
            and not any(anc.tag in SPACING_PROTECTED for anc in linebreak.iterancestors())
        ):
            linebreak.tail = None
    return result_body


_HAS_OTHER_NODES = XPath("boolean(.//comment() | .//processing-instruction())")
_CLEANED_TAGS = frozenset({"aside", "fencedframe", "footer", "script", "style", "svg", "template"})
_COOKIE_CONSENT = re.compile(_COOKIE_CONSENT_RE, re.IGNORECASE)


def _is_basic_cleaned(el: _Element) -> bool:
    """`settings.BASIC_CLEAN_XPATH`, which `html2txt` deletes."""
    tag = el.tag
    if tag in _CLEANED_TAGS:
        return True
    ident, cls = el.get("id"), el.get("class")
    if ident is None and cls is None:
        return False
    if tag == "div" and "footer" in _first(el, "class", "id"):
        return True
    return bool(
        (cls and _COOKIE_CONSENT.search(cls)) or (ident and _COOKIE_CONSENT.search(ident)),
    )


# How many text pieces `_page_text_length` gathers before it adds up their length (and can stop).
_CHUNK = 64


class _CollapsedLength:
    """`len(" ".join(text.split()))` of a text given a chunk at a time, kept up to date.

    A chunk's first word joins the last word counted when no whitespace stands between them,
    else one space does.
    """

    __slots__ = ("pending_space", "started", "total")

    def __init__(self) -> None:
        self.total = 0
        self.pending_space = False  # whitespace after the last word counted
        self.started = False  # a word has been counted

    def add_pieces(self, pieces: list[str], filtered: list[int]) -> None:
        """Add the text `pieces` make, `filtered` ones through `remove_control_characters`.

        The filter runs only when the text holds an unprintable character besides whitespace
        (rare): it keeps whitespace and printable characters, so elsewhere it changes nothing.
        """
        chunk = "".join(pieces)
        if filtered and not "".join(chunk.split()).isprintable():
            for i in filtered:
                pieces[i] = remove_control_characters(pieces[i])
            chunk = "".join(pieces)
        self.add(chunk)
        pieces.clear()
        filtered.clear()

    def add(self, chunk: str) -> None:
        """Add the text `chunk`, which follows the text added before."""
        words = chunk.split()
        if not words:
            self.pending_space = self.pending_space or bool(chunk)
            return
        length = len(" ".join(words))
        if self.started:
            self.total += length + (1 if self.pending_space or chunk[0].isspace() else 0)
        else:
            self.total = length
            self.started = True
        self.pending_space = chunk[-1].isspace()


def _page_text_length(  # noqa: C901, PLR0912 - one walk, read against html2txt step by step
    tree: HtmlElement,
    *,
    forum: bool,
    enough: Callable[[int], bool] | None = None,
) -> int:
    """`len(html2txt(tree))` of the raw-pruned page, for the recall escalation's test.

    html2txt copies the page, deletes scripts, footers and cookie banners (keeping their tails),
    pads the text and tail of every block element with a space (control characters removed) and
    collapses the whitespace of the text. Only the length is needed, so this reads the same text
    off the page in one walk: a deleted element's tail joins the text before it, as
    `delete_element` joins it, and is padded and filtered as that text is.

    Args:
        tree: The page.
        forum: Whether comment sections are kept (a forum thread), as `_pruned_copy` takes it.
        enough: Stop as soon as this holds for the length read so far, and return that length:
            the length only grows, so a test the caller makes of it is settled (the escalation
            asks whether the page is over five times the extracted text).
    """
    if _HAS_OTHER_NODES(tree):
        # a comment's tail is text the walk below would not see: the slow, sure way
        pruned = _pruned_copy(tree, forum=forum)
        body = pruned.find(".//body")
        return len(_spaced_text(basic_cleaning(pruned if body is None else body)))
    body = tree.find(".//body")
    if body is None:
        body = tree
    comments = not forum
    length = _CollapsedLength()
    pieces: list[str] = []
    # The pieces html2txt passes through remove_control_characters (a block element's text and
    # tail, and the tails joined to them), by position in `pieces`
    filtered: list[int] = []

    # whether the text the next deleted tail joins belongs to a block element
    in_block = body.tag in _BLOCK_ELEMS
    text = body.text
    if in_block:
        filtered.append(0)
        pieces.append(f" {text}" if text else " ")
    elif text:
        pieces.append(text)
    skipped = None
    walker = iterwalk(body, events=("start", "end"))
    next(walker)  # the body's own start, read above
    for event, el in walker:
        if event == "start":
            # `_is_raw_pruned or _is_basic_cleaned`, their cheap tests first
            tag = el.tag
            if (
                tag in _CLEANED_TAGS
                or (tag in _RAW_TAG_SET and _is_raw_pruned(el, comments=comments))
                or (el.items() and _is_basic_cleaned(el))
            ):
                walker.skip_subtree()
                skipped = el
                continue
            in_block = tag in _BLOCK_ELEMS
            text = el.text
        elif el is body:
            break  # the body's tail is not its text
        else:
            text = el.tail
            if el is skipped:
                # joined to the text before it, and filtered as that text is
                if text:
                    if in_block:
                        filtered.append(len(pieces))
                    pieces.append(text)
                continue
            in_block = el.tag in _BLOCK_ELEMS
        if in_block:
            filtered.append(len(pieces))
            pieces.append(f" {text}" if text else " ")
        elif text:
            pieces.append(text)
        if len(pieces) >= _CHUNK:
            length.add_pieces(pieces, filtered)
            if enough is not None and enough(length.total):
                return length.total
    length.add_pieces(pieces, filtered)
    return length.total


def _page_length_bound(tree: HtmlElement) -> int:
    """An upper bound of `_page_text_length(tree)` read in C: on most pages it settles the test.

    Every character `html2txt` keeps is one of the body's text (its `string()`, less the text
    of its scripts and styles, which it deletes) or one of the spaces it pads a block element's
    text and tail with; collapsing whitespace, deleting and filtering only shorten that. On
    sh-html the page walk ran on 79 of 181 pages, 4-7 ms each; this bound, ~0.5 ms, rules out
    the escalation on about 45% of them.
    """
    body = tree.find(".//body")
    if body is None:
        body = tree
    # the text serialisation is `string()` (comments and processing instructions left out), faster
    length = len(tostring(body, method="text", encoding="unicode", with_tail=False))
    length -= sum(len(el.text or "") for el in body.iterdescendants("script", "style"))
    return length + 2 * len(list(body.iter(*_BLOCK_ELEMS)))


def _sequence(tree: HtmlElement, options: Extractor) -> tuple[_Element, str]:
    """`core.trafilatura_sequence` for fast mode, comments off, balanced focus."""
    forum = _forum_thread_page(tree)
    cleaned = _prepared(_pruned_copy(tree, forum=forum), options)
    postbody, temp_text = _extract_content(tree, cleaned, options, forum=forum)
    if len(temp_text) < options.min_extracted_size:
        b_body, b_text, b_len = baseline(_pruned_copy(tree, forum=forum))
        if b_len > len(temp_text):
            postbody, temp_text = b_body, b_text
    extracted = len(temp_text)
    if (
        0 < extracted < ESCALATION_MAX_LENGTH
        and extracted < ESCALATION_PAGE_SHARE * _page_length_bound(tree)
        and extracted
        < ESCALATION_PAGE_SHARE
        * _page_text_length(
            tree,
            forum=forum,
            enough=lambda page: extracted < ESCALATION_PAGE_SHARE * page,
        )
    ):
        r_options = copy(options)
        r_options.focus = "recall"
        r_text = ""
        try:
            r_body, r_text = _recall_retry(tree, r_options, forum=forum)
        except Exception as err:  # noqa: BLE001 - trafilatura's own guard: a failed retry is no retry
            logger.warning("trafilatura's recall retry failed: %s", err)
        if (
            r_text
            and len(r_text) >= options.min_extracted_size
            and len(r_text) > ESCALATION_ACCEPT_RATIO * len(temp_text)
        ):
            postbody, temp_text = r_body, r_text
    return postbody, temp_text


def _recall_retry(tree: HtmlElement, r_options: Extractor, *, forum: bool) -> tuple[_Element, str]:
    """`core._recall_retry` for fast mode: `extract_content` in recall focus on the pruned page.

    trafilatura copies the escalation's tree before cleaning it and copies the cleaned tree
    again as a backup that only the comparison with other extractors reads (off in fast mode);
    its `extract_content` deep-copies the cleaned tree for the recovery of wild text, and its
    `_extract` prunes with XPath. Here the main pass is `_extract` (recall focus keeps the
    teasers), and the recovery, trafilatura's own, gets its tree rebuilt when it runs (wcxb-dev:
    the retry ran on 45 of 298 pages, every 5th; session 24, speed).
    """
    cleaned = convert_tags(tree_cleaning(_pruned_copy(tree, forum=forum), r_options), r_options)
    order = list(cleaned.iter())
    result_body, temp_text, potential_tags = _extract(cleaned, r_options)
    if len(result_body) == 0 or len(temp_text) < r_options.min_extracted_size:
        # the same steps on a fresh copy give the tree trafilatura's deepcopy held
        backup_tree = convert_tags(
            tree_cleaning(_pruned_copy(tree, forum=forum), r_options), r_options
        )
        consumed = {
            twin for elem, twin in zip(order, backup_tree.iter(), strict=True) if elem.tag == "done"
        }
        result_body = recover_wild_text(
            backup_tree, result_body, r_options, potential_tags, consumed
        )
        temp_text = _joined_text(result_body)
    return _finished(result_body), temp_text


def reference_body(tree: HtmlElement, *, url: str | None = None) -> _Element | None:
    """Return the body trafilatura's own `bare_extraction` builds with the options ported here.

    The call `main_content` mirrors: its fallback on other trafilatura versions, and the
    reference that the tests and bench/trafilatura_pass_check.py compare the port with.
    """
    result = bare_extraction(
        tree,
        url=url,
        fast=True,
        include_comments=False,
        include_tables=True,
        with_metadata=False,
        output_format="txt",
    )
    return getattr(result, "body", None) if result is not None else None


def main_content(tree: HtmlElement, *, url: str | None = None) -> _Element | None:
    """Return the body trafilatura's fast mode extracts from `tree`, as `bare_extraction` does.

    The same as `bare_extraction(tree, url=url, fast=True, include_comments=False,
    include_tables=True, with_metadata=False, output_format="txt").body`, or None where that
    returns None. `tree` is left as it was.

    Args:
        tree: The parsed page (an `lxml.html` element, normally the `<html>` root).
        url: The page's address; used only when another trafilatura version is installed
            (see the module docstring: it does not change the extraction).
    """
    if trafilatura.__version__ != PORTED_VERSION:
        return reference_body(tree, url=url)
    options = _options()
    try:
        postbody, temp_text = _sequence(tree, options)
    except (TypeError, ValueError):
        # bare_extraction's own catch: it logs "discarding data" and returns None
        logger.debug("trafilatura pass found nothing: %s", url)
        return None
    if len(temp_text) < options.min_output_size:
        return None
    return postbody
