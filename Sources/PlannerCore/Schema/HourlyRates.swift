extension CustomField {
    /// A day of hourly figures (`workloads[].hourlyRequestsPerSecond`): a list of 24 numbers, hour
    /// 0 first, left out when absent.
    static func hourlyRates(_ path: WritableKeyPath<Root, [Double]?>) -> CustomField {
        CustomField(
            read: { object, key, root in root[keyPath: path] = try object.nested([Double].self, key) },
            write: { root in root[keyPath: path].map { .array($0.map(JSONValue.number)) } },
            schema: [
                ("type", .string("array")), ("minItems", .integer(24)), ("maxItems", .integer(24)),
                (
                    "items",
                    .object([
                        ("type", .string("number")), ("minimum", .integer(0)),
                        ("maximum", .number(Limits.maximumRequestsPerSecond)),
                    ])
                ),
            ], defaultText: "none")
    }
}

extension Rules {
    /// A day of hourly request rates: exactly 24 finite rates in range, and not beside the two
    /// single rates it replaces.
    mutating func checkHourly(_ workload: Workload, _ here: FieldLocation) {
        guard let hourly = workload.hourlyRequestsPerSecond else { return }
        if hourly.count != TrafficProfile.hoursPerDay {
            fail(here, "must list 24 rates, hour 0 to 23 (got \(hourly.count))")
            return
        }
        for (hour, rate) in hourly.enumerated() {
            range(here.path + "[\(hour)]", rate, atLeast: 0, atMost: Limits.maximumRequestsPerSecond)
        }
        for key in ["requestsPerSecond", "peakRequestsPerSecond"] {
            let given = key == "requestsPerSecond" ? workload.requestsPerSecond : workload.peakRequestsPerSecond
            if given != nil {
                fail(here, "must not be given with \(key): the average and peak come from the hourly rates")
            }
        }
    }
}
