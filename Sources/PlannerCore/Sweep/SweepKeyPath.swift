/// A scenario key by its path, as `--vary` names it: keys joined by dots, and after a key any
/// number of selectors in brackets, an index from 0 (`workloads[3]`) or an entry whose field has a
/// value (`workloads[name=api]`): `host.cpuOvercommit`, `host.failover.policy`,
/// `workloads[name=api].replicas`, `hostSelection`.
public struct SweepKeyPath: Sendable, Equatable, CustomStringConvertible {
    enum Step: Sendable, Equatable {
        case key(String)
        case index(Int)
        /// The first entry of a list whose `field` is the string (or number) `value`.
        case match(field: String, value: String)
    }

    let steps: [Step]
    /// The path as it was written.
    public let description: String

    /// Reads the text form, or says why it is not a key path.
    init(parsing text: String) throws(EditFailure) {
        description = text
        var steps: [Step] = []
        var rest = Substring(text)
        while !rest.isEmpty {
            if rest.first == "[" {
                guard !steps.isEmpty, let close = rest.firstIndex(of: "]") else {
                    throw EditFailure(reason: "not a key path (a [ without a key before it or a ] after it)")
                }
                steps.append(try Self.selector(rest[rest.index(after: rest.startIndex)..<close]))
                rest = rest[rest.index(after: close)...]
                if rest.first == "." {
                    rest = rest.dropFirst()
                    guard !rest.isEmpty else { throw EditFailure(reason: "not a key path (it ends with a dot)") }
                }
                continue
            }
            let key = rest.prefix { $0 != "." && $0 != "[" && $0 != "]" }
            guard !key.isEmpty else { throw EditFailure(reason: "not a key path (an empty key)") }
            steps.append(.key(String(key)))
            rest = rest.dropFirst(key.count)
            if rest.first == "." {
                rest = rest.dropFirst()
                guard !rest.isEmpty else { throw EditFailure(reason: "not a key path (it ends with a dot)") }
            }
        }
        guard !steps.isEmpty else { throw EditFailure(reason: "not a key path (it is empty)") }
        self.steps = steps
    }

    private static func selector(_ text: Substring) throws(EditFailure) -> Step {
        if let index = Int(text), index >= 0, text.allSatisfy(\.isNumber) { return .index(index) }
        guard let equals = text.firstIndex(of: "="), equals != text.startIndex else {
            throw EditFailure(reason: "not a key path ([\(text)] is neither an index from 0 nor FIELD=VALUE)")
        }
        var value = text[text.index(after: equals)...]
        if value.count >= 2, value.first == "\"", value.last == "\"" { value = value.dropFirst().dropLast() }
        return .match(field: String(text[..<equals]), value: String(value))
    }

    /// The document with the value at this path. A missing key is added (objects on the way are
    /// created), so a key the scenario does not know reaches `ScenarioDecoder`, which names it; an
    /// index past the end or a selector no entry matches is an error naming what there is.
    func setting(_ value: JSONValue, in document: JSONValue) throws(EditFailure) -> JSONValue {
        try Self.set(value, in: document, steps[...], at: "")
    }

    private static func set(
        _ value: JSONValue, in node: JSONValue, _ steps: ArraySlice<Step>, at path: String
    )
        throws(EditFailure) -> JSONValue
    {
        guard let step = steps.first else { return value }
        let rest = steps.dropFirst()
        switch step {
        case .key(let key):
            let here = path.isEmpty ? key : "\(path).\(key)"
            guard case .object(var members) = node else { throw EditFailure(reason: "\(path) is not an object") }
            if let found = members.firstIndex(where: { $0.0 == key }) {
                members[found].1 = try set(value, in: members[found].1, rest, at: here)
            } else {
                if case .key = rest.first ?? .key("") {
                    members.append((key, try set(value, in: .object([]), rest, at: here)))
                } else {
                    throw EditFailure(reason: "\(here) is not in the scenario")
                }
            }
            return .object(members)
        case .index(let index):
            guard case .array(var elements) = node else { throw EditFailure(reason: "\(path) is not a list") }
            guard index < elements.count else {
                throw EditFailure(
                    reason: "\(path)[\(index)] is past the end: \(path) has \(elements.count) entries, from \(path)[0]")
            }
            elements[index] = try set(value, in: elements[index], rest, at: "\(path)[\(index)]")
            return .array(elements)
        case .match(let field, let wanted):
            guard case .array(var elements) = node else { throw EditFailure(reason: "\(path) is not a list") }
            guard let index = elements.firstIndex(where: { $0.member(field)?.plainText == wanted }) else {
                throw EditFailure(reason: noMatch(path, field, wanted, elements))
            }
            elements[index] = try set(value, in: elements[index], rest, at: "\(path)[\(field)=\(wanted)]")
            return .array(elements)
        }
    }

    /// `no entry of workloads has name "api" (names: frontend, cart, …)`.
    private static func noMatch(_ path: String, _ field: String, _ wanted: String, _ elements: [JSONValue]) -> String {
        let present = elements.compactMap { $0.member(field)?.plainText }
        let shown = present.prefix(20).joined(separator: ", ") + (present.count > 20 ? ", …" : "")
        let list = present.isEmpty ? "no entry has a \(field)" : "\(field)s: \(shown)"
        return "no entry of \(path) has \(field) \"\(wanted)\" (\(list))"
    }
}

extension JSONValue {
    /// An object's member by key.
    func member(_ key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.0 == key }?.1
    }

    /// A string as it is, a number or boolean as JSON writes it; nil for containers and null.
    var plainText: String? {
        switch self {
        case .string(let text): return text
        case .integer, .number, .bool: return serialized()
        default: return nil
        }
    }
}
