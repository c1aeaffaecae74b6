"""The open article's views kept in step with each change the project tells: its highlights, the claims
listed, the current claim, the form, the status line."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.claims.claim_spans import claim_spans

if TYPE_CHECKING:
    from annotator.storage.changes import Change
    from ui.main_window.window import MainWindowBase


def show_change(window: MainWindowBase, change: Change) -> None:
    """Bring ``window``'s views up to date with one change (connected to the bridge's ``changed``)."""
    view, selection, shown = window.view, window.selection, window.view.article
    if change.entity == "article" and change.action == "deleted" and shown is not None and shown.id in change.ids:
        selection.forget()  # an undone import took the open article away, with its claims
        view.show_article(None)
        window.claims_model.set_article(None)
        window.editing.refresh()
        window.update_status()
    elif change.entity == "claim" and shown is not None and change.article_id == shown.id:
        for claim_id in change.ids:
            if change.action == "deleted":
                view.remove_claim(claim_id)
                if selection.current == claim_id:
                    selection.forget()
            else:
                view.set_claim_spans(claim_id, claim_spans(window.project.claim_row(claim_id), window.bridge))
        if selection.current is not None and selection.current in change.ids:
            selection.select(selection.current)  # its row may have moved (new boundaries)
        window.update_actions()
        window.update_status()
        window.editing.refresh()
    elif change.entity == "label":
        window.editing.refresh()
        window.claims_filter.fill_labels()
    elif change.entity == "article" and shown is None and change.ids:
        window.open_article(change.ids[-1])
