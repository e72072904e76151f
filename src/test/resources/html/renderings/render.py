#!/usr/bin/env python3
"""Renders the bundled text pages (../../sample/pages, ../../sample/seeds) as HTML in the shapes save and export
tools write, one folder per shape. Run from this folder; the files it writes are committed, and
HtmlRenderingsTest checks that each parses to the truth of its text page (sample/*/expected/<name>.json).

  p      one <p> per text line, indentation kept inside the paragraph (lost when read, as in a browser)
  br     the lines in one <div>, separated by <br>
  li     menu lines "- x" as <li>x</li>; each label with its value as <li><div>label</div><div>value</div></li>
  table  menu lines as <li>; each label with its value as <tr><th>label</th><td>value</td></tr>
  pre    the text in one <pre>

li and table only for pages with field labels (bullet and iom.int pages): the old site's pages have none.
"""
import html
import os
import re

LABEL = re.compile(r"^  \u2022 (.*)$")


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read().split("\n")


def page(body, title="saved page"):
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + html.escape(title)
            + "</title></head>\n<body>\n" + body + "\n</body></html>\n")


def p_shape(lines):
    return "\n".join("<p>" + html.escape(l) + "</p>" for l in lines)


def br_shape(lines):
    return "<div>\n" + "<br>\n".join(html.escape(l) for l in lines) + "\n</div>"


def pre_shape(lines):
    return "<pre>" + html.escape("\n".join(lines)) + "</pre>"


def fields(lines):
    """(before, [(label, [values])], after) for a bullet or an iom.int page, else None."""
    out = []
    bullet = [i for i, l in enumerate(lines) if LABEL.match(l)]
    if bullet:
        i = bullet[0]
        before = lines[:i]
        while i < len(lines):
            m = LABEL.match(lines[i])
            if m:
                j = i + 1
                while j < len(lines) and lines[j].startswith("    ") and lines[j].strip():
                    j += 1
                out.append((m.group(1), [v.strip() for v in lines[i + 1:j]]))
                i = j
            elif not lines[i].strip() and i + 1 < len(lines) and LABEL.match(lines[i + 1]):
                i += 1
            else:
                break
        return before, out, lines[i:]
    dash = [i for i, l in enumerate(lines) if l == "-" and i + 1 < len(lines) and lines[i + 1] and lines[i + 1][0].isupper()]
    # the field block: the dash/label/value run just after the title (menu dashes come before it)
    for start in dash:
        i, out = start, []
        while i < len(lines) and lines[i] == "-":
            label = lines[i + 1]
            value = lines[i + 2] if i + 2 < len(lines) and lines[i + 2] != "-" else None
            if value is not None and (value.endswith(".") or value.startswith("\"")):
                value = None
            out.append((label, [value] if value else []))
            i += 3 if value is not None or (i + 2 < len(lines) and not lines[i + 2].strip()) else 2
        if len(out) >= 3:
            return lines[:start], out, lines[i:]
    return None


def before_shape(lines):
    parts = []
    for l in lines:
        if l.startswith("- "):
            parts.append("<ul><li>" + html.escape(l[2:]) + "</li></ul>")
        elif l == "-":
            parts.append("<ul><li></li></ul>")
        elif l.strip():
            parts.append("<p>" + html.escape(l) + "</p>")
    return "\n".join(parts)


def li_shape(split):
    before, items, after = split
    body = [before_shape(before), "<ul>"]
    for label, values in items:
        body.append("<li><div>" + html.escape(label) + "</div>"
                    + "".join("<div>" + html.escape(v) + "</div>" for v in values) + "</li>")
    body.append("</ul>")
    body.append(p_shape([l for l in after if l.strip()]))
    return "\n".join(body)


def table_shape(split):
    before, items, after = split
    body = [before_shape(before), "<table>"]
    for label, values in items:
        body.append("<tr><th>" + html.escape(label) + "</th><td>" + "<br>".join(html.escape(v) for v in values)
                    + "</td></tr>")
    body.append("</table>")
    body.append(p_shape([l for l in after if l.strip()]))
    return "\n".join(body)


def main():
    sources = [("../../sample/pages", f) for f in sorted(os.listdir("../../sample/pages")) if f.endswith(".txt")]
    sources += [("../../sample/seeds", f) for f in sorted(os.listdir("../../sample/seeds")) if f.endswith(".txt")]
    for shape in ("p", "br", "li", "table", "pre"):
        os.makedirs(shape, exist_ok=True)
    for folder, name in sources:
        lines = read(os.path.join(folder, name))
        stem = name[:-4]
        shapes = {"p": p_shape(lines), "br": br_shape(lines), "pre": pre_shape(lines)}
        split = fields(lines)
        if split:
            shapes["li"] = li_shape(split)
            shapes["table"] = table_shape(split)
        for shape, body in shapes.items():
            with open(os.path.join(shape, stem + ".html"), "w", encoding="utf-8") as f:
                f.write(page(body))


main()
