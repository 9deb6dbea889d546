/// Amounts of money as people read them: the currency's sign or code, thousands grouped, whole
/// units (`$1,686/mo`, `€12.50/mo` below ten, `CHF 3,935/mo`). The currency is the scenario's
/// `currency` (ISO 4217; default `USD`, since the FaaS prices are AWS's USD list prices).
public enum Money {
    /// Signs of the currencies people plan in most; others show their code.
    static let signs: [String: String] = ["USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹", "CNY": "¥"]

    /// `$1,686` (two decimals below 10 units).
    public static func amount(_ value: Double, currency: String) -> String {
        let sign = signs[currency].map { $0 } ?? "\(currency) "
        guard value.isFinite else { return "\(sign)?" }
        let negative = value < 0
        let magnitude = abs(value)
        let text = magnitude < 10 ? Format.trimmed(magnitude, decimals: 2) : grouped(Int64(magnitude.rounded()))
        return (negative ? "−" : "") + sign + text
    }

    /// `$1,686/mo`.
    public static func perMonth(_ value: Double, currency: String) -> String { amount(value, currency: currency) + "/mo" }

    /// A plan's monthly cost as the screen and the text table show it: `$1,686/mo`; `n/a: no traffic`
    /// when it is all functions without traffic; otherwise the known part and what is left out
    /// (`$876/mo + functions n/a: no traffic`, `$1,686/mo + 2 functions without traffic not priced`).
    public static func cost(_ cost: CostFigures, currency: String) -> String {
        guard let note = cost.note else { return perMonth(cost.perMonth, currency: currency) }
        if cost.functionsUnpriced {
            return cost.hostsPerMonth > 0 ? perMonth(cost.perMonth, currency: currency) + " + functions \(note)" : note
        }
        return perMonth(cost.perMonth, currency: currency) + " + \(note)"
    }

    /// 1234567 → `1,234,567`.
    public static func grouped(_ value: Int64) -> String {
        let digits = String(value)
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return out
    }

    /// True for a code of the ISO 4217 form: three capital ASCII letters.
    public static func isCurrencyCode(_ text: String) -> Bool {
        text.utf8.count == 3 && text.utf8.allSatisfy { $0 >= 65 && $0 <= 90 }
    }
}
