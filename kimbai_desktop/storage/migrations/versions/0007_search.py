"""Fast register lists and search at the scale of a large school or a district.

- ``ix_pupils_status_name_sort``: the register list (enrolled pupils in Vietnamese name order)
  walks this index page by page instead of sorting every enrolled pupil for each page.
- ``pupil_search``: an FTS5 table with the trigram tokenizer over each pupil's folded search
  text (name and identifier, no accents), kept in step by triggers. A search word of three or
  more letters is found anywhere in a name through the index; a shorter one at the start of a
  word. It lives inside the encrypted database like every other table.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# The text indexed is the folded search text between spaces, so " an" finds a word starting "an".


def upgrade() -> None:
    op.create_index("ix_pupils_status_name_sort", "pupils", ["status", "name_sort"],
                    unique=False)
    op.execute("CREATE VIRTUAL TABLE pupil_search USING fts5(words, tokenize = 'trigram')")
    op.execute("INSERT INTO pupil_search (rowid, words) "
               "SELECT id, ' ' || search_text || ' ' FROM pupils")
    op.execute("""
        CREATE TRIGGER pupil_search_insert AFTER INSERT ON pupils BEGIN
            INSERT INTO pupil_search (rowid, words) VALUES (new.id, ' ' || new.search_text || ' ');
        END""")
    op.execute("""
        CREATE TRIGGER pupil_search_update AFTER UPDATE OF search_text ON pupils BEGIN
            DELETE FROM pupil_search WHERE rowid = old.id;
            INSERT INTO pupil_search (rowid, words) VALUES (new.id, ' ' || new.search_text || ' ');
        END""")
    op.execute("""
        CREATE TRIGGER pupil_search_delete AFTER DELETE ON pupils BEGIN
            DELETE FROM pupil_search WHERE rowid = old.id;
        END""")


def downgrade() -> None:
    for trigger in ("pupil_search_insert", "pupil_search_update", "pupil_search_delete"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS pupil_search")
    op.drop_index("ix_pupils_status_name_sort", table_name="pupils")
