"""A minimal OpenDocument spreadsheet written by hand, for tests that need markup a
spreadsheet program would not save (a formula without its value, a hidden row or column,
an error cell): one writer, so every such test builds its file the same way."""

from __future__ import annotations

import zipfile
from pathlib import Path

MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
            'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
            '<manifest:file-entry manifest:full-path="/" '
            'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
            '</manifest:manifest>')


def write_ods(path: Path, tables: str, styles: str = "") -> Path:
    """An .ods file at `path` whose spreadsheet holds `tables` (one or more
    `<table:table>` elements, as content.xml writes them), after the automatic `styles`
    (`<style:style>` elements) if any."""
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
        'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" office:version="1.2">'
        + (f'<office:automatic-styles>{styles}</office:automatic-styles>' if styles else '')
        + f'<office:body><office:spreadsheet>{tables}</office:spreadsheet></office:body></office:document-content>')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content)
        z.writestr("META-INF/manifest.xml", MANIFEST)
    return path
