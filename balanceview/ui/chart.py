"""Each purse's balance over time, drawn with QPainter from a downsampled series."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from itertools import pairwise

from PySide6.QtCore import QEvent, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen, QPolygonF, QShowEvent
from PySide6.QtWidgets import QWidget

from balanceview.core import browse
from balanceview.core.ledger import PURSES, CardInfo
from balanceview.core.money import format_fen
from balanceview.ui.session import Session

MAX_POINTS = 1000  # slices per purse: about one per pixel of a wide chart
_LANE = 9  # pixels per row of credit marks
_EPOCH = datetime(1970, 1, 1)
# (light theme, dark theme, line style): told apart by dash as well as by colour
_STYLES = {"medical": ("#1565c0", "#64b5f6", Qt.PenStyle.SolidLine),
           "bank": ("#b45309", "#ffb74d", Qt.PenStyle.DashLine)}


def _moment(posted: int) -> datetime:
    day, clock = divmod(posted, 1_000_000)  # arithmetic: strptime is slow for 8,000 points
    return datetime(day // 10_000, day // 100 % 100, day % 100, clock // 10_000,
                    clock // 100 % 100, clock % 100)


def _seconds(posted: int) -> float:
    return (_moment(posted) - _EPOCH).total_seconds()


@dataclass
class PurseLine:
    """One purse, ready to draw: x in seconds, y in fen."""

    kind: str
    points: list[tuple[float, int]] = field(default_factory=list)
    credits: list[float] = field(default_factory=list)
    zero_day: date | None = None
    last_fen: int | None = None


def purse_line(kind: str, series: browse.BalanceSeries) -> PurseLine:
    """A step line: a balance holds until the next row, so each slice starts with a flat run."""
    line = PurseLine(kind)
    held = series.opening_fen
    for bucket in series.buckets:
        start, end = _seconds(bucket.first_posted), _seconds(bucket.last_posted)
        if held is not None:
            line.points.append((start, held))
        line.points.append((start, bucket.open_fen))
        middle = (start + end) / 2  # the slice's low and high, so a spike is never lost
        line.points += [(middle, bucket.low_fen), (middle, bucket.high_fen)]
        line.points.append((end, bucket.close_fen))
        held = bucket.close_fen
        if bucket.first_credit is not None:
            line.credits.append(_seconds(bucket.first_credit))
    line.last_fen = held
    if series.zero_posted is not None:
        line.zero_day = _moment(series.zero_posted).date()
    return line


@dataclass
class _Scale:
    plot: QRectF
    left: float  # seconds
    right: float
    low: float  # fen
    high: float

    def x(self, seconds: float) -> float:
        return self.plot.left() + (seconds - self.left) / (self.right - self.left) * \
            self.plot.width()

    def y(self, fen: float) -> float:
        return self.plot.bottom() - (fen - self.low) / (self.high - self.low) * self.plot.height()


class ChartView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Balance over time"))
        self.setMinimumSize(240, 140)  # readable still; a small screen keeps its table too
        self._session: Session | None = None
        self._card: CardInfo | None = None
        self._lines: list[PurseLine] | None = None  # None: not read yet
        self._unknown: frozenset[str] = frozenset()  # purses with no stated balance: not drawn
        self._lanes = 0
        self.names = {"medical": self.tr("Medical purse"), "bank": self.tr("Bank purse")}

    def set_card(self, session: Session, card: CardInfo,
                 unknown: frozenset[str] = frozenset()) -> None:
        """`unknown`: purses whose balance no statement states; their rows' running sum is
        not a balance, so it is not drawn as one."""
        self._session, self._card, self._lines = session, card, None
        self._unknown = unknown
        if self.isVisible():
            self._load()
        self.update()

    def showEvent(self, event: QShowEvent) -> None:
        # The chart sits on a tab: read its series when it is first seen, not at start-up.
        if self._lines is None:
            self._load()
        super().showEvent(event)

    def lines(self) -> list[PurseLine]:
        if self._lines is None:
            self._load()
        return self._lines or []

    def zero_dates(self) -> dict[str, date]:
        return {line.kind: line.zero_day for line in self.lines() if line.zero_day}

    def _load(self) -> None:
        self._lines = []
        if self._session is not None and self._card is not None:
            conn = self._session.store.conn
            accounts = browse.card_accounts(conn, self._card.id)
            for kind in (k for k in PURSES if k in accounts and k not in self._unknown):
                series = browse.balance_series(conn, accounts[kind], MAX_POINTS)
                self._lines.append(purse_line(kind, series))
        self.setAccessibleDescription(self._describe())

    def _describe(self) -> str:
        parts = []
        for line in self.lines():
            if line.last_fen is None:
                continue
            template = self.tr("%1: %2 at the end, at zero since %3") if line.zero_day else \
                self.tr("%1: %2 at the end")
            parts.append(template.replace("%1", self.names[line.kind]).replace(
                "%2", format_fen(line.last_fen, True)).replace(
                "%3", line.zero_day.isoformat() if line.zero_day else ""))
        return "; ".join(parts) or self.tr("No transactions to chart.")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.update()  # colours come from the palette: dark mode repaints in its own
        super().changeEvent(event)

    # --- painting ----------------------------------------------------------------------------

    def colour(self, kind: str) -> QColor:
        light, dark, _style = _STYLES[kind]
        return QColor(dark if self._dark() else light)

    def _dark(self) -> bool:
        return self.palette().color(QPalette.ColorRole.Base).lightness() < 128

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        lines = [line for line in self.lines() if line.points]
        if not lines:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             self.tr("No balance to chart: the statements imported give none.")
                             if self._unknown else
                             self.tr("No transactions to chart for this card yet."))
            return
        self._lanes = len(lines)
        scale = self._scale(painter, lines)
        self._draw_axes(painter, scale)
        for lane, line in enumerate(lines):
            self._draw_line(painter, scale, line)
            self._draw_credits(painter, scale, line, lane)
        self._draw_zero_marks(painter, scale, lines)
        self._draw_legend(painter, lines)
        painter.end()

    def _scale(self, painter: QPainter, lines: list[PurseLine]) -> _Scale:
        xs = [x for line in lines for x, _ in line.points]
        ys = [y for line in lines for _, y in line.points]
        low, high = min(0, *ys), max(100, *ys)  # zero always shows: it is the question asked
        step = _nice_step((high - low) / 5)
        low, high = (low // step) * step, -(-high // step) * step
        metrics = painter.fontMetrics()
        label_width = max(metrics.horizontalAdvance(_money(v)) for v in (low, high))
        top = metrics.height() * 2 + 8  # the legend's line and room for zero labels
        bottom = metrics.height() + 10 + _LANE * len(lines)  # credit lanes, then the dates
        plot = QRectF(label_width + 14, top, self.width() - label_width - 24,
                      self.height() - top - bottom)
        left, right = min(xs), max(xs)
        span = max(right - left, 86400)  # one day at least, or there is nothing to see
        # A little room past both ends, so a last step down to zero is seen, not hidden by the
        # frame; and below zero, so a run at 0.00 is not hidden by the axis.
        pad = (high - low) * 0.03
        return _Scale(plot, left - span * 0.01, left + span * 1.04, low - pad, high)
    def _draw_axes(self, painter: QPainter, scale: _Scale) -> None:
        text = self.palette().color(QPalette.ColorRole.Text)
        grid = self.palette().color(QPalette.ColorRole.Mid)
        metrics = painter.fontMetrics()
        plot = scale.plot
        step = _nice_step((scale.high - scale.low) / 5)
        for fen in range(-int(-scale.low // step) * step, int(scale.high) + 1, step):
            y = scale.y(fen)
            painter.setPen(QPen(text if fen == 0 else grid, 1 if fen == 0 else 0.5))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            label = QRectF(0, y - metrics.height() / 2, plot.left() - 6, metrics.height())
            painter.drawText(label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             _money(fen))
        width = metrics.horizontalAdvance("2024-10-18") + 16
        for moment, label in _time_ticks(scale.left, scale.right, int(plot.width() // width)):
            x = scale.x((moment - _EPOCH).total_seconds())
            painter.setPen(QPen(grid, 0.5))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.setPen(text)
            below = plot.bottom() + 6 + _LANE * self._lanes
            painter.drawText(QRectF(x - width / 2, below, width, metrics.height()),
                             Qt.AlignmentFlag.AlignHCenter, label)

    def _draw_line(self, painter: QPainter, scale: _Scale, line: PurseLine) -> None:
        pen = QPen(self.colour(line.kind), 2)
        pen.setStyle(_STYLES[line.kind][2])
        painter.setPen(pen)
        points = [QPointF(scale.x(x), scale.y(y)) for x, y in line.points]
        points.append(QPointF(scale.plot.right(), points[-1].y()))  # it holds to the end
        # Separate segments, not one polyline: a polyline of thousands of zigzags is stroked
        # as one self-crossing outline, twenty times slower to fill.
        painter.drawLines([QLineF(a, b) for a, b in pairwise(points)])

    def _draw_credits(self, painter: QPainter, scale: _Scale, line: PurseLine, lane: int) -> None:
        """Money in, as small triangles under the plot, one lane per purse."""
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.colour(line.kind))
        base = scale.plot.bottom() + 3 + _LANE * (lane + 1)
        drawn: set[int] = set()
        for seconds in line.credits:
            x = scale.x(seconds)
            if int(x) // 3 not in drawn:  # thousands of credits: one mark per few pixels
                drawn.add(int(x) // 3)
                painter.drawPolygon(QPolygonF([QPointF(x - 3.5, base), QPointF(x + 3.5, base),
                                               QPointF(x, base - 7)]))
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _draw_zero_marks(self, painter: QPainter, scale: _Scale, lines: list[PurseLine]) -> None:
        """A labelled vertical line where each purse's final run at zero began."""
        metrics = painter.fontMetrics()
        marked = [line for line in lines if line.zero_day is not None]
        for row, line in enumerate(marked):
            assert line.zero_day is not None
            moment = datetime.combine(line.zero_day, datetime.min.time())
            x = scale.x((moment - _EPOCH).total_seconds())
            pen = QPen(self.colour(line.kind), 1.5, Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(x, scale.plot.top()), QPointF(x, scale.plot.bottom()))
            label = self.tr("%1 at zero since %2").replace("%1", self.names[line.kind]).replace(
                "%2", line.zero_day.isoformat())
            width = metrics.horizontalAdvance(label)
            y = scale.plot.top() + 4 + row * (metrics.height() + 2)
            left = x + 4 if x + 4 + width <= scale.plot.right() else x - 4 - width
            painter.setPen(self.palette().color(QPalette.ColorRole.Text))
            painter.fillRect(QRectF(left - 2, y, width + 4, metrics.height()),
                             self.palette().color(QPalette.ColorRole.Base))
            painter.drawText(QRectF(left, y, width, metrics.height()),
                             Qt.AlignmentFlag.AlignLeft, label)

    def _draw_legend(self, painter: QPainter, lines: list[PurseLine]) -> None:
        metrics = painter.fontMetrics()
        x, y = 8.0, 4 + metrics.ascent() / 2 + 2
        entries = [(line.kind, self.names[line.kind]) for line in lines]
        for kind, name in entries:
            pen = QPen(self.colour(kind), 2)
            pen.setStyle(_STYLES[kind][2])
            painter.setPen(pen)
            painter.drawLine(QPointF(x, y + 2), QPointF(x + 24, y + 2))
            painter.setPen(self.palette().color(QPalette.ColorRole.Text))
            painter.drawText(QPointF(x + 30, y + metrics.ascent() / 2), name)
            x += 30 + metrics.horizontalAdvance(name) + 20
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.palette().color(QPalette.ColorRole.Text))
        painter.drawPolygon(QPolygonF([QPointF(x, y + 6), QPointF(x + 8, y + 6),
                                       QPointF(x + 4, y - 2)]))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        painter.drawText(QPointF(x + 14, y + metrics.ascent() / 2), self.tr("money in"))


def _nice_step(rough: float) -> int:
    """1, 2 or 5 times a power of ten (in fen), at least one yuan."""
    step = 100
    while step * 10 <= rough:
        step *= 10
    for factor in (1, 2, 5, 10):
        if step * factor >= rough:
            return step * factor
    return step * 10


def _money(fen: int) -> str:
    return f"{fen // 100:,}" if fen % 100 == 0 else format_fen(fen, True)


_STEPS = ((1, "d"), (2, "d"), (3, "d"), (7, "d"), (14, "d"), (1, "m"), (2, "m"), (3, "m"), (6, "m"),
          (12, "m"), (24, "m"), (60, "m"), (120, "m"))


def _time_ticks(left: float, right: float, most: int) -> list[tuple[datetime, str]]:
    """Round dates between left and right, no more than `most` of them, with their labels."""
    start, end = _EPOCH + timedelta(seconds=left), _EPOCH + timedelta(seconds=right)
    days = (end - start).days + 1
    size, unit = next(((n, u) for n, u in _STEPS if (days / n if u == "d" else days / 30 / n)
                       <= max(most, 1)), _STEPS[-1])
    if unit == "d":
        first = start.date() + timedelta(days=1)
        ticks = [datetime.combine(first + timedelta(days=i), datetime.min.time())
                 for i in range(0, days, size)]
        return [(tick, tick.strftime("%Y-%m-%d")) for tick in ticks if tick <= end]
    month = start.year * 12 + start.month  # the first month that starts after `start`
    month += size - month % size if month % size else 0
    result = []
    while (tick := datetime(month // 12, month % 12 + 1, 1)) <= end:
        result.append((tick, tick.strftime("%Y" if size >= 12 else "%Y-%m")))
        month += size
    return result
