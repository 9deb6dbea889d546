import Foundation
import PlannerCore
import Storage
import Testing

/// What `--profile X` names, and how each kind of location is shown.
@Suite struct ScenarioLocationTests {
    @Test func anArgumentNamesABundledProfileOrAFile() throws {
        #expect(ScenarioLocation(argument: nil) == .bundled(BundledProfiles.defaultName))
        #expect(ScenarioLocation(argument: "legacy-estate") == .bundled("legacy-estate"))
        #expect(ScenarioLocation(argument: "legacy-estate.json") == .bundled("legacy-estate"))
        #expect(ScenarioLocation(argument: "no-such-profile") == .file("no-such-profile"))
        #expect(ScenarioLocation(argument: "/no/such/dir/online-shop.json") == .file("/no/such/dir/online-shop.json"))
    }

    @Test func namesForMessagesAndTheOpenList() {
        #expect(ScenarioLocation.bundled("online-shop").displayName == "Profiles/online-shop.json")
        #expect(ScenarioLocation.bundled("online-shop").label == "online-shop (bundled)")
        #expect(ScenarioLocation.bundled("online-shop").path == nil)
        #expect(ScenarioLocation.file("plans/shop.json").displayName == "plans/shop.json")
        #expect(ScenarioLocation.file("plans/shop.json").label == "plans/shop.json")
        #expect(ScenarioLocation.file("plans/shop.json").path == "plans/shop.json")
    }

    @Test func loadingReadsTheProfileOrTheFile() throws {
        #expect(try ScenarioLocation.defaultProfile.load() == BundledProfiles.defaultScenario())
        #expect(throws: LoadError.file(FileError(file: "/nonexistent/shop.json", reason: "no such file"))) {
            try ScenarioLocation.file("/nonexistent/shop.json").load()
        }
        do {
            _ = try ScenarioLocation.file("/nonexistent/shop.json").load()
        } catch {
            #expect(error.description == "/nonexistent/shop.json: no such file")
        }
    }
}
