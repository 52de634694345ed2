"""Rows of a gazetteer TSV file, shared by the build tools: '#' comment lines
and blank lines are skipped, the first other line is the header."""


def tsv_rows(path):
    """Yields (line number, header cells, row cells) for every data line."""
    header = None
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                continue
            yield n, header, cells
