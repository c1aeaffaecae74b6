"""Reading from other threads (the window's suggester runs in worker threads) while the GUI thread is in the
middle of its own work: each thread's connection stays its own, whatever the number of threads."""

from __future__ import annotations

import threading
from pathlib import Path

from sqlalchemy import select

from annotator import Project
from annotator.storage.models import Claim


def test_many_reading_threads_never_close_the_connection_another_thread_is_using(tmp_path: Path) -> None:
    with Project.open(tmp_path / "p.nisba") as project:
        article = project.add_article("قال المتحدث إن المحادثات مستمرة وإن الاتفاق قريب.")
        source = project.add_source("المتحدث", "person")
        project.add_claim(article.id, 4, 11, [source.id])
        errors: list[BaseException] = []

        def read() -> None:
            try:
                assert len(project.claims(article.id)) == 1
            except BaseException as exc:
                errors.append(exc)

        with project._store.read() as session:  # the GUI thread, in the middle of reading
            assert session.scalars(select(Claim)).all()
            for _ in range(3):  # more threads than a per-thread pool keeps (five): it closed the others'
                threads = [threading.Thread(target=read) for _ in range(4)]
                for thread in threads:
                    thread.start()
                for thread in threads:
                    thread.join()
            assert len(session.scalars(select(Claim)).all()) == 1  # its connection is still open
        assert errors == []
        project.add_claim(article.id, 15, 24, [source.id])  # and writing goes on
