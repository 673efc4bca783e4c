"""The vocabularies of the markup the readers parse: Office Open XML element and attribute names,
Word's built-in style names (styles.xml names them in English whatever the interface language)
and HTML element names.

These are names of markup, not words of a report: the readers compare tags and style names with
them, never report text (the words reports are read for live in ``sitecheck.lang``).
"""

from __future__ import annotations

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"

# Word elements and attributes.
BODY, P, TBL, TR, TC, R, T = (W + n for n in "body p tbl tr tc r t".split())
SDT, SDT_CONTENT, HYPERLINK, ANCHOR, ID, VAL = (
    W + n for n in "sdt sdtContent hyperlink anchor id val".split()
)
RPR, VERT_ALIGN, TAB, BR, CR, NO_BREAK_HYPHEN = (
    W + n for n in "rPr vertAlign tab br cr noBreakHyphen".split()
)
FOOTNOTE_REFERENCE, ENDNOTE_REFERENCE, COMMENT_RANGE_START = (
    W + n for n in "footnoteReference endnoteReference commentRangeStart".split()
)
FOOTNOTE, ENDNOTE, COMMENT, STYLE, STYLE_ID, NAME = (
    W + n for n in "footnote endnote comment style styleId name".split()
)
PARAGRAPH_STYLE = W + "pPr/" + W + "pStyle"
NUMBERING = W + "pPr/" + W + "numPr"
TEXT_BOX = W + "txbxContent"
CELL_PROPERTIES, GRID_SPAN, VMERGE = (W + n for n in "tcPr gridSpan vMerge".split())
# Elements whose runs are read as if they stood in the paragraph (inserted text, smart tags…).
_RUN_CONTAINERS = "ins smartTag sdt sdtContent customXml fldSimple"
RUN_CONTAINERS = frozenset(W + n for n in _RUN_CONTAINERS.split())
SUPERSCRIPT_VALUE = "superscript"
RESTART_VALUE = "restart"
HYPERLINK_TYPE = "/hyperlink"

# The parts of a Word package.
DOCUMENT_PART, STYLES_PART, DOCUMENT_RELS = (
    "word/document.xml",
    "word/styles.xml",
    "word/_rels/document.xml.rels",
)
FOOTNOTES_PART, ENDNOTES_PART, COMMENTS_PART = (
    "word/footnotes.xml",
    "word/endnotes.xml",
    "word/comments.xml",
)

# Word's built-in paragraph styles: "heading 1"…, "Title", "List Bullet", "List Number 2"…
HEADING_STYLE = "heading"
TITLE_STYLE = "title"
LIST_STYLE = "list"
NUMBERED_STYLE = "number"

# HTML: what is not the article, what makes a block, a table cell, an element without content.
_SKIPPED = "script style noscript template nav aside footer head svg form button select iframe"
_BLOCKS = "p div section article main blockquote dd dt figcaption pre li ul ol caption body figure"
_HEADINGS = "h1 h2 h3 h4 h5 h6 hr"
_ARTICLE, _LISTS, _CELLS = "article main", "ul ol", "td th"
_VOID = "br hr img meta link input wbr source col"
HTML_SKIPPED = frozenset(_SKIPPED.split())
HTML_HEADER = "header"
HTML_ARTICLE = frozenset(_ARTICLE.split())
HTML_BLOCKS = frozenset(_BLOCKS.split() + _HEADINGS.split())
HTML_LISTS = frozenset(_LISTS.split())
HTML_ORDERED, HTML_ITEM, HTML_LINK, HTML_SUP, HTML_TABLE, HTML_ROW = "ol li a sup table tr".split()
HTML_BREAK, HTML_RULE, HTML_HREF = "br hr href".split()
HTML_CELLS = frozenset(_CELLS.split())
HTML_VOID = frozenset(_VOID.split())
