"""The chat page: ``python app.py`` or ``qa serve``.

Everything Gradio lives in this package; the services (:mod:`qa.answer`, :mod:`qa.library`)
know nothing of it. :mod:`.render` and :mod:`.sources` turn answers into the chat bubbles and
the sources panel, :mod:`.page` lays out the page and handles its events (and the ``/respond``
API endpoint), :mod:`.serve` decides who may reach it and serves it; ``static/`` holds its CSS
and JavaScript.

The launch rule for Gradio's own environment lives here and nowhere else: Gradio reads
``GRADIO_ANALYTICS_ENABLED``, and the Hugging Face Hub client it imports reads
``HF_HUB_OFFLINE``, when they are imported. So, before ``gradio`` is imported, this package
switches off analytics and Hub look-ups: the page never calls out of the machine. (These are
Gradio's switches, not polyglot-qa settings, which only :mod:`qa.settings` reads.)
"""
from __future__ import annotations

import os

os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
os.environ["HF_HUB_OFFLINE"] = "1"

from .page import build  # noqa: E402 - after the environment above
from .serve import launch  # noqa: E402

__all__ = ["build", "launch"]
