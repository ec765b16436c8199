"""Single-window intake (一窗受理): checklist rules, applicant checks, the intake service,
deadlines, documents and the citizens' progress look-up."""

from app.intake.progress import Progress, progress_lookup

__all__ = ["Progress", "progress_lookup"]
