"""The default stages, in pipeline order. Each lives in a module of its own."""

from cleaner.stages.boilerplate import StripBoilerplate, strip_boilerplate
from cleaner.stages.byline import byline
from cleaner.stages.captions import captions
from cleaner.stages.decode import Decode, decode
from cleaner.stages.detect import Detect, detect
from cleaner.stages.extract_html import ExtractHtml, extract_html
from cleaner.stages.extract_text import extract_text
from cleaner.stages.judge import Judge, judge
from cleaner.stages.language import detect_language
from cleaner.stages.metadata import metadata
from cleaner.stages.normalize import normalize
from cleaner.stages.text_forms import text_forms

__all__ = [
    "Decode",
    "Detect",
    "ExtractHtml",
    "Judge",
    "StripBoilerplate",
    "byline",
    "captions",
    "decode",
    "detect",
    "detect_language",
    "extract_html",
    "extract_text",
    "judge",
    "metadata",
    "normalize",
    "strip_boilerplate",
    "text_forms",
]
