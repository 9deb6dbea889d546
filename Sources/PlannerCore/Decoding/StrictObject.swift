/// A JSON object read strictly: an unknown key is an error that names it, numbers must be finite,
/// whole-number fields must be whole, and every error carries the field's path.
struct StrictObject {
    private let container: KeyedDecodingContainer<AnyKey>
    let path: String

    init(_ decoder: Decoder, allowed: Set<String>) throws {
        path = FieldText.string(decoder.codingPath)
        do {
            container = try decoder.container(keyedBy: AnyKey.self)
        } catch {
            throw FieldError(path: path.isEmpty ? "(top level)" : path, reason: "expected an object")
        }
        if let unknown = container.allKeys.map(\.stringValue).filter({ !allowed.contains($0) }).sorted().first {
            let suggestion = FieldText.closest(to: unknown, in: allowed).map { " (did you mean \"\($0)\"?)" } ?? ""
            throw FieldError(path: field(unknown), reason: "unknown key\(suggestion)")
        }
    }

    func field(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    func contains(_ key: String) -> Bool { container.contains(AnyKey(key)) }

    func double(_ key: String) throws -> Double? {
        guard contains(key), try !container.decodeNil(forKey: AnyKey(key)) else { return nil }
        do {
            let value = try container.decode(Double.self, forKey: AnyKey(key))
            guard value.isFinite else { throw FieldError(path: field(key), reason: "must be a finite number") }
            return value
        } catch let error as FieldError {
            throw error
        } catch {
            throw FieldError(path: field(key), reason: "expected a number")
        }
    }

    func double(_ key: String, default value: Double) throws -> Double { try double(key) ?? value }

    func int(_ key: String) throws -> Int? {
        guard let value = try double(key) else { return nil }
        guard value == value.rounded() else {
            throw FieldError(path: field(key), reason: "must be a whole number (got \(FieldText.number(value)))")
        }
        guard abs(value) < 9e15 else {
            throw FieldError(path: field(key), reason: "is far too large (got \(FieldText.number(value)))")
        }
        return Int(value)
    }

    func int(_ key: String, default value: Int) throws -> Int { try int(key) ?? value }

    func string(_ key: String) throws -> String? {
        guard contains(key), try !container.decodeNil(forKey: AnyKey(key)) else { return nil }
        do {
            return try container.decode(String.self, forKey: AnyKey(key))
        } catch {
            throw FieldError(path: field(key), reason: "expected a string")
        }
    }

    func bool(_ key: String, default value: Bool) throws -> Bool {
        guard contains(key), try !container.decodeNil(forKey: AnyKey(key)) else { return value }
        do {
            return try container.decode(Bool.self, forKey: AnyKey(key))
        } catch {
            throw FieldError(path: field(key), reason: "expected true or false")
        }
    }

    /// A string naming one case of an enumeration.
    func choice<T: RawRepresentable & CaseIterable>(_ key: String, default value: T) throws -> T where T.RawValue == String {
        guard let raw = try string(key) else { return value }
        guard let choice = T(rawValue: raw) else {
            let names = T.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: " or ")
            throw FieldError(path: field(key), reason: "must be \(names) (got \"\(raw)\")")
        }
        return choice
    }

    /// A nested value decoded by its own `Decodable` conformance.
    func nested<T: Decodable>(_ type: T.Type, _ key: String) throws -> T? {
        guard contains(key), try !container.decodeNil(forKey: AnyKey(key)) else { return nil }
        do {
            return try container.decode(T.self, forKey: AnyKey(key))
        } catch let error as FieldError {
            throw error
        } catch let DecodingError.typeMismatch(type, context) {
            let path = FieldText.string(context.codingPath)
            let expected =
                type is [Any].Type || String(describing: type).hasPrefix("Array")
                ? "an array" : type == String.self ? "a string" : type == Double.self ? "a number" : "an object"
            throw FieldError(path: path.isEmpty ? field(key) : path, reason: "expected \(expected)")
        } catch {
            throw FieldError(path: field(key), reason: "has the wrong type")
        }
    }

    /// A required key.
    func required<T>(_ key: String, _ read: (String) throws -> T?) throws -> T {
        guard contains(key) else { throw FieldError(path: field(key), reason: "is required") }
        guard let value = try read(key) else { throw FieldError(path: field(key), reason: "must not be null") }
        return value
    }
}

/// Any string key.
struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int?

    init(_ string: String) {
        stringValue = string
        intValue = nil
    }

    init?(stringValue: String) { self.init(stringValue) }

    init?(intValue: Int) {
        stringValue = "\(intValue)"
        self.intValue = intValue
    }
}

/// An error at a known field, raised while decoding.
struct FieldError: Error {
    var path: String
    var reason: String
}
