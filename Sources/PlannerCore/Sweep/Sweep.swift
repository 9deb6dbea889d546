import Foundation

/// A sweep: a scenario document and the `--vary` variables whose cartesian product are its points.
/// Point 0 takes every variable's first value; the first variable varies slowest (as nested loops
/// in the order given). A point's scenario is the document with each variable's edit applied in
/// order, decoded by `ScenarioDecoder`, so a rejected value is named by its field as in `plan`.
public struct Sweep: Sendable {
    /// The most points a sweep may have: far more than one machine plans in a day.
    public static let maximumPoints = 100_000_000

    public let document: JSONValue
    public let variables: [SweepVariable]
    /// The product of the variables' value counts (1 with no variable).
    public let pointCount: Int

    /// The sweep over a scenario file's text, which must be a valid scenario itself. Every value's
    /// edit is applied once on its own to the document before any point is built, so a workload,
    /// index or host type that is not there is an error naming the `--vary` argument. Whether the
    /// values are valid is up to the points (`scenario(ofPoint:)`): one value may need another
    /// (`requestsPerSecond` above the file's `peakRequestsPerSecond` needs a higher peak beside it).
    /// With a `catalog` (`sweep --catalog`), the document's `hostTypes` are the catalog's.
    public init(scenarioText data: Data, variables: [SweepVariable], catalog: HostCatalog? = nil) throws(SweepError) {
        do throws(ScenarioError) {
            let scenario = try ScenarioDecoder.scenario(from: data)
            _ = try catalog?.applied(to: scenario)
        } catch {
            throw SweepError(subject: error.field ?? "scenario", reason: error.reason)
        }
        do throws(EditFailure) {
            document = Self.withCatalog(try JSONReader.value(from: [UInt8](data)), catalog)
        } catch {
            throw SweepError(subject: "scenario", reason: error.reason)
        }
        self.variables = variables
        pointCount = try Self.count(variables)
        for variable in variables {
            for value in variable.values {
                do throws(EditFailure) {
                    _ = try value.edit.applied(to: document)
                } catch {
                    throw SweepError(subject: "--vary \(variable.key)=\(value.text)", reason: error.reason)
                }
            }
        }
    }

    /// The document with the catalog's types as its `hostTypes` (replaced in place, else added).
    private static func withCatalog(_ document: JSONValue, _ catalog: HostCatalog?) -> JSONValue {
        guard let catalog, case .object(var members) = document else { return document }
        let types = JSONValue.array(catalog.hostTypes.map(\.json))
        if let index = members.firstIndex(where: { $0.0 == "hostTypes" }) {
            members[index].1 = types
        } else {
            members.append(("hostTypes", types))
        }
        return .object(members)
    }

    private static func count(_ variables: [SweepVariable]) throws(SweepError) -> Int {
        var seen: Set<String> = []
        var product = 1
        for variable in variables {
            guard seen.insert(variable.key).inserted else {
                throw SweepError(
                    subject: "--vary \(variable.key)", reason: "the key is varied twice; give all its values in one --vary")
            }
            let (next, overflow) = product.multipliedReportingOverflow(by: variable.values.count)
            guard !overflow, next <= maximumPoints else {
                throw SweepError(
                    subject: "--vary", reason: "the sweep has more than \(maximumPoints) points; split it into several sweeps")
            }
            product = next
        }
        return product
    }

    /// Each variable's value index at a point (0-based), the first variable varying slowest.
    public func valueIndices(ofPoint point: Int) -> [Int] {
        var rest = point
        var indices = [Int](repeating: 0, count: variables.count)
        for position in variables.indices.reversed() {
            let count = variables[position].values.count
            indices[position] = rest % count
            rest /= count
        }
        return indices
    }

    /// Each variable's value at a point.
    public func values(ofPoint point: Int) -> [SweepValue] {
        zip(variables, valueIndices(ofPoint: point)).map { $0.values[$1] }
    }

    /// How messages name a point: `point 7 (traffic=×2, host.failoverHosts=1)`, counted from 1.
    public func name(ofPoint point: Int) -> String {
        let values = zip(variables, values(ofPoint: point)).map { "\($0.key)=\($1.text)" }
        return values.isEmpty ? "point \(point + 1)" : "point \(point + 1) (\(values.joined(separator: ", ")))"
    }

    /// The scenario of a point: the document with its values' edits, decoded and validated. A
    /// problem is named by the `--vary` argument when that value alone gives it (`--vary
    /// host.cpuOvercommit=0: host.cpuOvercommit: must be greater than 0`), else by the point.
    public func scenario(ofPoint point: Int) throws(SweepError) -> Scenario {
        let values = values(ofPoint: point)
        do throws(EditFailure) {
            var edited = document
            for value in values { edited = try value.edit.applied(to: edited) }
            return try Self.scenario(edited)
        } catch {
            for (variable, value) in zip(variables, values) {
                do throws(EditFailure) {
                    _ = try Self.scenario(try value.edit.applied(to: document))
                } catch let alone where alone.reason == error.reason {
                    throw SweepError(subject: "--vary \(variable.key)=\(value.text)", reason: error.reason)
                } catch {}
            }
            throw SweepError(subject: name(ofPoint: point), reason: error.reason)
        }
    }

    /// An edited document decoded as a scenario file is, its problem named by field.
    private static func scenario(_ document: JSONValue) throws(EditFailure) -> Scenario {
        do throws(ScenarioError) {
            return try ScenarioDecoder.scenario(from: Data(document.orderedText().utf8))
        } catch {
            throw EditFailure(reason: error.description)
        }
    }
}
