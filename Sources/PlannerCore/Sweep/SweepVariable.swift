/// One `--vary KEY=V1,V2,...`: the key as written and its values, in order. The key is a
/// `SweepKeyPath` or a shorthand (`traffic`, `replicas`, `hostType`).
public struct SweepVariable: Sendable, Equatable {
    /// The key as given: the name of its output column.
    public let key: String
    public let values: [SweepValue]

    /// The shorthands' names.
    public static let shorthands = ["traffic", "replicas", "hostType"]

    /// Reads `KEY=V1,V2,...`; the key ends at the first `=` outside brackets
    /// (`workloads[name=api].replicas=2,3`).
    public init(parsing argument: String) throws(SweepError) {
        let subject = "--vary \(argument)"
        var depth = 0
        var split: String.Index?
        for index in argument.indices {
            switch argument[index] {
            case "[": depth += 1
            case "]": depth -= 1
            case "=" where depth == 0: split = index
            default: continue
            }
            if split != nil { break }
        }
        guard let split, split != argument.startIndex else {
            throw SweepError(subject: subject, reason: "expected KEY=V1,V2,... (for example host.cpuOvercommit=1,2)")
        }
        key = String(argument[..<split])
        let texts = argument[argument.index(after: split)...].split(separator: ",", omittingEmptySubsequences: false)
        var values: [SweepValue] = []
        for text in texts.map(String.init) {
            guard !text.isEmpty else {
                throw SweepError(subject: subject, reason: "an empty value (values are separated by commas, none empty)")
            }
            do throws(EditFailure) {
                values.append(SweepValue(text: text, edit: try Self.edit(key: key, text: text)))
            } catch {
                throw SweepError(subject: "--vary \(key)=\(text)", reason: error.reason)
            }
        }
        self.values = values
    }

    private static func edit(key: String, text: String) throws(EditFailure) -> SweepEdit {
        switch key {
        case "traffic": return .traffic(try factor(text))
        case "replicas": return .replicas(try factor(text))
        case "hostType": return .hostType(text)
        default: return .set(try SweepKeyPath(parsing: key), SweepValue.json(text))
        }
    }

    /// `×0.5`, `x0.5`, `X0.5` or `*0.5`: a finite factor of at least 0.
    static func factor(_ text: String) throws(EditFailure) -> Double {
        let prefixes = ["×", "x", "X", "*"]
        guard let prefix = prefixes.first(where: { text.hasPrefix($0) }) else {
            throw EditFailure(reason: "a factor is written ×F (or xF, *F), for example ×2")
        }
        let number = String(text.dropFirst(prefix.count))
        guard JSONReader.isNumber(number), let value = Double(number), value.isFinite, value >= 0 else {
            throw EditFailure(reason: "\"\(number)\" is not a factor (a number of at least 0, for example ×0.5)")
        }
        return value
    }
}

/// One value of a `--vary`: its text as given and the edit it makes.
public struct SweepValue: Sendable, Equatable {
    /// The value as written (quotes removed): its CSV and table cell.
    public let text: String
    let edit: SweepEdit

    /// The value in a JSON row: what was set at the key (a number, boolean, string or null), or
    /// the text of a shorthand (`"×2"`, `"m6i.2xlarge"`).
    public var json: JSONValue {
        if case .set(_, let value) = edit { return value }
        return .string(text)
    }

    init(text: String, edit: SweepEdit) {
        if text.count >= 2, text.first == "\"", text.last == "\"" {
            self.text = String(text.dropFirst().dropLast())
        } else {
            self.text = text
        }
        self.edit = edit
    }

    /// A value's JSON: `true`, `false`, `null`, a number in JSON's grammar (an integer when it has
    /// no fraction or exponent), text in double quotes as a string (`"123"`), anything else a
    /// string as written (`esxi`).
    static func json(_ text: String) -> JSONValue {
        switch text {
        case "true": return .bool(true)
        case "false": return .bool(false)
        case "null": return .null
        default: break
        }
        if text.count >= 2, text.first == "\"", text.last == "\"" { return .string(String(text.dropFirst().dropLast())) }
        if JSONReader.isNumber(text) {
            if !text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }), let integer = Int(text) {
                return .integer(integer)
            }
            if let number = Double(text), number.isFinite { return .number(number) }
        }
        return .string(text)
    }
}
