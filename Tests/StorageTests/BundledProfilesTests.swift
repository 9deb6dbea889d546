import Foundation
import Storage
import TestSupport
import Testing

/// The profiles compiled into the binary are the files in `Profiles/`, every one of them.
@Suite struct BundledProfilesTests {
    static let directory = SourceTree.url("Profiles")

    @Test func bundledProfilesMatchTheFilesInProfiles() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path).filter { $0.hasSuffix(".json") }
            .sorted()
        #expect(files == BundledProfiles.all.map { "\($0.name).json" }.sorted(), "Profiles/ changed: run scripts/embed-profiles")
        for profile in BundledProfiles.all {
            let text = try String(contentsOf: Self.directory.appendingPathComponent("\(profile.name).json"), encoding: .utf8)
            #expect(text == profile.json + "\n", "Profiles/\(profile.name).json changed: run scripts/embed-profiles")
        }
    }

    @Test func theDefaultComesFirstThenTheOthersByName() throws {
        let names = BundledProfiles.all.map(\.name)
        #expect(names.first == BundledProfiles.defaultName)
        #expect(Array(names.dropFirst()) == names.dropFirst().sorted())
        #expect(try BundledProfiles.defaultScenario() == BundledProfiles.scenario(named: "\(BundledProfiles.defaultName).json"))
    }
}
