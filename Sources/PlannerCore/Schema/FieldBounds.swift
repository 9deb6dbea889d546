/// The range a number must lie in: above (or at least) `lower`, at most `upper`. Validation
/// words a value outside it as `must be greater than L`, `must be at least L`, `must be at most U`.
public struct FieldBounds: Sendable, Equatable {
    public var lower: Double
    /// True: the lower bound is allowed (`at least`); false: it is not (`greater than`).
    public var lowerInclusive: Bool
    public var upper: Double

    public static func above(_ lower: Double, atMost upper: Double) -> FieldBounds {
        FieldBounds(lower: lower, lowerInclusive: false, upper: upper)
    }

    public static func atLeast(_ lower: Double, atMost upper: Double) -> FieldBounds {
        FieldBounds(lower: lower, lowerInclusive: true, upper: upper)
    }

    /// Integer bounds: at least `lower`, at most `upper`.
    public static func count(_ lower: Int, atMost upper: Int) -> FieldBounds {
        FieldBounds(lower: Double(lower), lowerInclusive: true, upper: Double(upper))
    }

    public func contains(_ value: Double) -> Bool {
        value.isFinite && (lowerInclusive ? value >= lower : value > lower) && value <= upper
    }
}
