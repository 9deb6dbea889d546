/// A rectangle of cells on the screen.
public struct Rect: Sendable, Equatable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
    public var isEmpty: Bool { width <= 0 || height <= 0 }

    /// The rectangle shrunk by `by` cells on every side.
    public func inset(_ by: Int) -> Rect {
        Rect(x: x + by, y: y + by, width: width - 2 * by, height: height - 2 * by)
    }

    /// Row `index` of the rectangle as a one-line rectangle.
    public func row(_ index: Int) -> Rect { Rect(x: x, y: y + index, width: width, height: 1) }

    /// Splits into columns of the given widths (the last takes what is left when `fillLast`).
    public func columns(_ widths: [Int], gap: Int = 0) -> [Rect] {
        var result: [Rect] = []
        var left = x
        for (index, w) in widths.enumerated() {
            let width = index == widths.count - 1 ? maxX - left : min(w, maxX - left)
            result.append(Rect(x: left, y: y, width: width, height: height))
            left += width + gap
        }
        return result
    }

    /// Splits into `count` columns of (nearly) equal width.
    public func equalColumns(_ count: Int, gap: Int = 0) -> [Rect] {
        guard count > 0 else { return [] }
        let usable = width - gap * (count - 1)
        var result: [Rect] = []
        var left = x
        for index in 0..<count {
            let w = usable / count + (index < usable % count ? 1 : 0)
            result.append(Rect(x: left, y: y, width: w, height: height))
            left += w + gap
        }
        return result
    }
}
