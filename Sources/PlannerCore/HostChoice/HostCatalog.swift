import Foundation

/// A catalog of host types with their prices (`vplan.catalog/v1`): a cloud's instance families in
/// one region at its on-demand list prices, with where the figures come from and when they held.
/// `plan --catalog NAME` plans a scenario over it without editing the scenario; prices are data.
public struct HostCatalog: Sendable, Equatable {
    public static let schemaIdentifier = "vplan.catalog/v1"

    /// The name `--catalog` takes (`aws-us-east-1`).
    public var name: String
    /// What the catalog holds, for people.
    public var title: String
    /// ISO 4217 code of every `costPerHour`.
    public var currency: String
    /// The month the prices were current (`2026-07`).
    public var pricesAsOf: String
    /// Where the prices and sizes come from.
    public var sources: [String]
    public var notes: [String]
    public var hostTypes: [HostType]

    /// Reads a catalog file strictly (syntax errors by line and column, others by field), then
    /// checks its types as a scenario's `hostTypes` are checked.
    public static func decode(_ data: Data) throws(ScenarioError) -> HostCatalog {
        try JSONInput.check(data)
        let catalog = try JSONInput.decode(HostCatalog.self, from: data, what: "host catalog")
        var probe = Scenario(currency: catalog.currency)
        probe.hostTypes = catalog.hostTypes
        if let problem = ScenarioValidator.errors(in: probe).first { throw problem }
        return catalog
    }

    /// The scenario planned over this catalog: its `hostTypes` replaced by the catalog's (the
    /// shared `host` keys and `hostSelection` kept). The catalog's prices must be in the
    /// scenario's currency.
    public func applied(to scenario: Scenario) throws(ScenarioError) -> Scenario {
        guard currency == scenario.currency else {
            throw ScenarioError(
                field: "currency",
                reason:
                    "the catalog \"\(name)\" prices hosts in \(currency) but the scenario's costs are in \(scenario.currency); use a scenario in \(currency)"
            )
        }
        var result = scenario
        result.hostTypes = hostTypes
        return result
    }
}

extension HostCatalog {
    /// `YYYY-MM` or `YYYY-MM-DD` with a month 01–12 and a day 01–31.
    static func isMonthOrDay(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3, parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }),
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let month = Int(parts[1]), (1...12).contains(month)
        else { return false }
        return parts.count == 2 || (Int(parts[2]).map { (1...31).contains($0) } ?? false)
    }
}

extension HostCatalog: Decodable {
    public init(from decoder: Decoder) throws {
        let object = try StrictObject(
            decoder, allowed: ["schema", "name", "title", "currency", "pricesAsOf", "sources", "notes", "hostTypes"])
        let schema = try object.required("schema", object.string)
        guard schema == Self.schemaIdentifier else {
            throw FieldError(path: "schema", reason: "must be \"\(Self.schemaIdentifier)\" (got \"\(schema)\")")
        }
        name = try object.required("name", object.string)
        title = try object.string("title") ?? name
        currency = try object.required("currency", object.string)
        guard Money.isCurrencyCode(currency) else {
            throw FieldError(path: "currency", reason: "must be an ISO 4217 code such as USD (got \"\(currency)\")")
        }
        pricesAsOf = try object.required("pricesAsOf", object.string)
        guard Self.isMonthOrDay(pricesAsOf) else {
            throw FieldError(
                path: "pricesAsOf",
                reason: "must be the month or day the prices held, YYYY-MM or YYYY-MM-DD (got \"\(pricesAsOf)\")")
        }
        sources = try object.required("sources") { try object.nested([String].self, $0) }
        notes = try object.nested([String].self, "notes") ?? []
        hostTypes = try object.required("hostTypes") { try object.nested([HostType].self, $0) }
        if hostTypes.isEmpty { throw FieldError(path: "hostTypes", reason: "must list at least one host type") }
    }
}
