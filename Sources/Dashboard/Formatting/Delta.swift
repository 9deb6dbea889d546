import PlannerCore

/// Signed changes against the pinned baseline, as the charts show them: `+2 hosts`, `−$380/mo`,
/// `+256 MiB ovh`, `−1.2 s`. The minus is U+2212, as `Money` writes negative amounts. A change
/// that reads as zero at the precision shown is nil: nothing is drawn for it.
public enum Delta {
    /// The sign of a decrease.
    public static let minus = "−"

    /// `+2 hosts`, `−1 host`; nil for 0.
    public static func hosts(_ change: Int) -> String? {
        guard change != 0 else { return nil }
        return signed(Readable.count(abs(change)), negative: change < 0) + (abs(change) == 1 ? " host" : " hosts")
    }

    /// `+$380/mo`, `−€12.50/mo` in the scenario's currency (`Money`); nil below half a cent.
    public static func money(_ change: Double, currency: String, perMonth: Bool = true) -> String? {
        guard change.isFinite, abs(change) >= 0.005 else { return nil }
        let amount = Money.amount(abs(change), currency: currency) + (perMonth ? "/mo" : "")
        return signed(amount, negative: change < 0)
    }

    /// `+256 MiB`, `−1.5 GiB` (`Readable.mib`); nil below 0.05 MiB (rounding noise).
    public static func mib(_ change: Double) -> String? {
        guard change.isFinite, abs(change) >= 0.05 else { return nil }
        return signed(Readable.mib(abs(change)), negative: change < 0)
    }

    /// `+3 s`, `−250 ms` (`Readable.seconds`); nil below half a millisecond.
    public static func seconds(_ change: Double) -> String? {
        guard change.isFinite, abs(change) >= 0.0005 else { return nil }
        return signed(Readable.seconds(abs(change)), negative: change < 0)
    }

    static func signed(_ magnitude: String, negative: Bool) -> String { (negative ? minus : "+") + magnitude }
}
