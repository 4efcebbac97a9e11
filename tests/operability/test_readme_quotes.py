"""The README's integration steps are quoted from the quickstart scripts, so they run as printed."""
import re

from config import PROJECT_ROOT

QUOTE = re.compile(r"[Ff]rom `(examples/[\w.]+)`[^\n]*:\n\n```\w+\n(.*?)```", re.S)


def stripped(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def test_quoted_blocks_are_verbatim_parts_of_the_scripts():
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    quotes = QUOTE.findall(readme)
    assert {name for name, _ in quotes} == {"examples/quickstart.sh", "examples/quickstart.py"}
    for name, block in quotes:
        source = stripped((PROJECT_ROOT / name).read_text(encoding="utf-8"))
        wanted = stripped(block)
        # Each block is one or more runs of consecutive lines of the script, in order.
        position = 0
        for line in wanted:
            assert line in source[position:], f"README quotes a line {name} does not have: {line}"
            position = source.index(line, position) + 1
