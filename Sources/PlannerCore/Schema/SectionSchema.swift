/// One section of a scenario (`host`, `registry`, `vm`, `container`, `faas`, a workload): its
/// fields in order, and the value every absent key takes. Strict decoding, deterministic encoding
/// and range validation loop over the fields.
public struct SectionSchema<Root>: @unchecked Sendable {
    /// The key the section has in a scenario (empty for a workload, which sits in a list).
    public let key: String
    /// The heading the dashboard lists its parameters under.
    public let title: String
    /// The values of absent keys.
    public let defaults: Root
    public let fields: [FieldDescriptor<Root>]
    /// Defaults computed from other fields, applied when their own key is absent (the host's
    /// reservations follow its size).
    let derive: (inout Root, _ present: Set<String>) -> Void

    init(
        key: String, title: String, defaults: Root, fields: [FieldDescriptor<Root>],
        derive: @escaping (inout Root, Set<String>) -> Void = { _, _ in }
    ) {
        self.key = key
        self.title = title
        self.defaults = defaults
        self.fields = fields
        self.derive = derive
    }

    /// Every key the section allows.
    var keys: Set<String> { Set(fields.map(\.key)) }

    /// Reads the section strictly: unknown keys, wrong types, non-finite numbers and fractional
    /// counts are errors naming the field; absent keys take their defaults.
    func decode(_ decoder: Decoder) throws -> Root {
        let (root, _) = try decodePresent(try StrictObject(decoder, allowed: keys))
        return root
    }

    /// Reads the section's keys an object holds (the caller has checked which keys it allows):
    /// the section with them over the defaults, and which keys were present.
    func decodePresent(_ object: StrictObject) throws -> (root: Root, present: Set<String>) {
        var root = defaults
        var present: Set<String> = []
        for field in fields {
            if object.contains(field.key) { present.insert(field.key) }
            try read(field, from: object, into: &root)
        }
        derive(&root, present)
        return (root, present)
    }

    private func read(_ field: FieldDescriptor<Root>, from o: StrictObject, into root: inout Root) throws {
        let key = field.key
        switch field.value {
        case .number(let path):
            if field.required {
                root[keyPath: path] = try o.required(key, o.double)
            } else if let value = try o.double(key) {
                root[keyPath: path] = value
            }
        case .optionalNumber(let path):
            root[keyPath: path] = try o.double(key)
        case .integer(let path):
            if field.required {
                root[keyPath: path] = try o.required(key, o.int)
            } else if let value = try o.int(key) {
                root[keyPath: path] = value
            }
        case .flag(let path):
            root[keyPath: path] = try o.bool(key, default: root[keyPath: path])
        case .text(let path):
            if field.required {
                root[keyPath: path] = try o.required(key, o.string)
            } else if let value = try o.string(key) {
                root[keyPath: path] = value
            }
        case .optionalText(let path):
            root[keyPath: path] = try o.string(key)
        case .choice(let choice):
            guard let name = try o.string(key) else { return }
            guard choice.options.contains(name) else {
                let names = choice.options.map { "\"\($0)\"" }.joined(separator: " or ")
                throw FieldError(path: o.field(key), reason: "must be \(names) (got \"\(name)\")")
            }
            choice.set(&root, name)
        case .layers(let path):
            root[keyPath: path] = try o.nested([ImageLayer].self, key) ?? []
        case .runtimeClasses(let path):
            root[keyPath: path] = try o.nested([String: RuntimeClass].self, key) ?? [:]
        case .custom(let custom):
            try custom.read(o, key, &root)
        }
    }

    /// The section as a JSON object: every key written (defaults included), optional ones only
    /// when set.
    func value(_ root: Root) -> JSONValue {
        var members: [(String, JSONValue)] = []
        for field in fields {
            let value: JSONValue?
            switch field.value {
            case .number(let path): value = .number(root[keyPath: path])
            case .optionalNumber(let path): value = root[keyPath: path].map(JSONValue.number)
            case .integer(let path): value = .integer(root[keyPath: path])
            case .flag(let path): value = .bool(root[keyPath: path])
            case .text(let path): value = .string(root[keyPath: path])
            case .optionalText(let path): value = root[keyPath: path].map(JSONValue.string)
            case .choice(let choice): value = .string(choice.get(root))
            case .layers(let path):
                value = .array(root[keyPath: path].map { .object([("id", .string($0.id)), ("sizeMiB", .number($0.sizeMiB))]) })
            case .runtimeClasses(let path):
                let classes = root[keyPath: path]
                value =
                    classes.isEmpty
                    ? nil
                    : .object(
                        classes.keys.sorted().map { name in
                            (
                                name,
                                .object([
                                    ("podOverheadMiB", .number(classes[name]!.podOverheadMiB)),
                                    ("podOverheadCpuCores", .number(classes[name]!.podOverheadCpuCores)),
                                ])
                            )
                        })
            case .custom(let custom): value = custom.write(root)
            }
            if let value { members.append((field.key, value)) }
        }
        return .object(members)
    }

    /// Range checks in field order, each followed by the field's own cross-field rule.
    func validate(_ root: Root, at location: FieldLocation, _ rules: inout Rules) {
        for field in fields {
            let here = location.with(key: field.key)
            if let bounds = field.bounds {
                switch field.value {
                case .number(let path): rules.range(here, root[keyPath: path], bounds)
                case .optionalNumber(let path): if let value = root[keyPath: path] { rules.range(here, value, bounds) }
                case .integer(let path): rules.count(here, root[keyPath: path], bounds)
                default: break
                }
            }
            field.check?(root, here, &rules)
        }
    }
}
