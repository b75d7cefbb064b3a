"""The ``/docs`` page: the service's routes as one self-contained HTML page, made from its OpenAPI description.

No script, style sheet, font or image comes from anywhere else, so the page
works offline and behind a firewall; the machine-readable description stays at
``/openapi.json``.
"""

from __future__ import annotations

import json
from html import escape
from typing import Any

_METHODS = ("get", "post", "put", "patch", "delete")

_STYLE = """
body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d232a}
h1{margin-bottom:.2rem}h2{margin-top:2.2rem;border-bottom:1px solid #ccd;padding-bottom:.2rem}
code,pre{font:13px/1.4 ui-monospace,monospace;background:#f3f4f7;border-radius:4px}
code{padding:.05rem .3rem}pre{padding:.6rem .8rem;overflow-x:auto}
.method{display:inline-block;min-width:3.6rem;font-weight:700;color:#fff;background:#4a6;border-radius:4px;
text-align:center;margin-right:.5rem}.method.post{background:#36b}
table{border-collapse:collapse;margin:.4rem 0}td,th{border:1px solid #dde;padding:.25rem .5rem;text-align:left;
vertical-align:top}.muted{color:#667}section{border-top:1px solid #ccd;margin-top:1.5rem}
"""


def _resolve(schema: dict[str, Any], spec: dict[str, Any]) -> dict[str, Any]:
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/"):
        node: Any = spec
        for part in ref[2:].split("/"):
            node = node.get(part, {}) if isinstance(node, dict) else {}
        return node if isinstance(node, dict) else {}
    return schema


def _type(schema: dict[str, Any], spec: dict[str, Any]) -> str:
    schema = _resolve(schema, spec)
    if "anyOf" in schema or "oneOf" in schema:
        kinds = [_type(s, spec) for s in schema.get("anyOf", schema.get("oneOf", []))]
        return " | ".join(k for k in kinds if k)
    if "enum" in schema:
        return " | ".join(json.dumps(v) for v in schema["enum"])
    if schema.get("type") == "array":
        return f"list of {_type(schema.get('items', {}), spec)}"
    if "title" in schema and "properties" in schema:
        return str(schema["title"])
    kind = schema.get("type", "")
    return f"{kind} ({schema['format']})" if "format" in schema else str(kind)


def _fields(schema: dict[str, Any], spec: dict[str, Any]) -> str:
    schema = _resolve(schema, spec)
    properties = schema.get("properties")
    if not isinstance(properties, dict):
        return f"<p>{escape(_type(schema, spec))}</p>"
    required = set(schema.get("required", ()))
    rows = "".join(
        f"<tr><td><code>{escape(name)}</code>{'' if name in required else ' <span class=muted>(optional)</span>'}"
        f"</td><td>{escape(_type(field, spec))}</td><td>{escape(str(_resolve(field, spec).get('description', '')))}"
        f"</td></tr>"
        for name, field in properties.items()
    )
    return f"<table><tr><th>field</th><th>type</th><th></th></tr>{rows}</table>"


def _operation(path: str, method: str, op: dict[str, Any], spec: dict[str, Any]) -> str:
    parts = [f"<h3><span class='method {method}'>{method.upper()}</span><code>{escape(path)}</code> "
             f"{escape(op.get('summary', ''))}</h3>"]
    if op.get("description"):
        parts.append(f"<pre>{escape(op['description'].strip())}</pre>")
    params = op.get("parameters") or []
    if params:
        rows = "".join(f"<tr><td><code>{escape(p['name'])}</code> ({escape(p.get('in', ''))})</td>"
                       f"<td>{escape(_type(p.get('schema', {}), spec))}</td></tr>" for p in params)
        parts.append(f"<p>Parameters:</p><table>{rows}</table>")
    body = (op.get("requestBody") or {}).get("content") or {}
    for media, content in body.items():
        parts.append(f"<p>Body (<code>{escape(media)}</code>):</p>{_fields(content.get('schema', {}), spec)}")
    answers = op.get("responses") or {}
    if answers:
        items = "".join(f"<li><code>{escape(code)}</code> {escape(str(a.get('description', '')))}</li>"
                        for code, a in answers.items())
        parts.append(f"<p>Answers:</p><ul>{items}</ul>")
    return "\n".join(parts)


def docs_page(spec: dict[str, Any]) -> str:
    """The HTML page for an OpenAPI description (every route, its fields and answers)."""
    info = spec.get("info", {})
    title = f"{info.get('title', 'API')} {info.get('version', '')}".strip()
    sections = [
        _operation(path, method, op, spec)
        for path, item in spec.get("paths", {}).items()
        for method, op in item.items() if method in _METHODS and isinstance(op, dict)
    ]
    index = "".join(
        f"<li><code>{method.upper()} {escape(path)}</code> {escape(op.get('summary', ''))}</li>"
        for path, item in spec.get("paths", {}).items()
        for method, op in item.items() if method in _METHODS and isinstance(op, dict)
    )
    return (
        "<!doctype html><html lang=en><head><meta charset=utf-8>"
        "<meta name=viewport content='width=device-width,initial-scale=1'>"
        f"<title>{escape(title)} — API</title><style>{_STYLE}</style></head><body>"
        f"<h1>{escape(title)}</h1><p>{escape(info.get('description', ''))}</p>"
        "<p>Every error is JSON <code>{\"error\": \"one sentence\", …}</code> (under <code>/v2/</code>, "
        "LanguageTool's plain text <code>Error: …</code>). The machine-readable description is "
        "<a href='openapi.json'>openapi.json</a>.</p>"
        f"<h2>Routes</h2><ul>{index}</ul>" + "".join(f"<section>{s}</section>" for s in sections)
        + "</body></html>"
    )
