import Dashboard
import Foundation
import PlannerCore
import Storage
import TestSupport
import Testing

/// The autosave of unsaved edits: when it is written (clock ticks), what failures show, what a save,
/// a quit and a signal do, and the question that offers it back at start.
@Suite struct AutosaveReducerTests {
    private func write(_ state: DashboardState) -> Effect {
        .writeAutosave(state.document, data: ScenarioDocument.json(state.scenario), revision: state.revision)
    }

    @Test func nothingIsWrittenWhileTheScenarioIsUnchanged() {
        var state = Fixture.state(path: "/tmp/shop.json")
        #expect(reduce(&state, .tick(now: 0), .tick(now: 10), .tick(now: 100)).isEmpty)
        #expect(!state.autosave.onDisk)
    }

    @Test func anEditIsWrittenOnceItHasBeenLeftAloneForTheIdleDelay() {
        var state = Fixture.state(path: "/tmp/shop.json")
        _ = reduce(&state, .step(1))
        #expect(reduce(&state, .tick(now: 100)).isEmpty)  // first seen
        #expect(reduce(&state, .tick(now: 100 + AutosavePolicy.idleDelay / 2)).isEmpty)
        let effects = reduce(&state, .tick(now: 100 + AutosavePolicy.idleDelay))
        #expect(effects == [write(state)])
        #expect(
            state.autosave.phase
                == .writing(
                    revision: state.revision, startedAt: 100 + AutosavePolicy.idleDelay,
                    pending: PendingChange(revision: state.revision, seenAt: 100, since: 100)))
        // One write at a time: no second write while it runs.
        #expect(reduce(&state, .tick(now: 200)).isEmpty)
        _ = reduce(&state, .autosaveFinished(revision: state.revision, error: nil))
        #expect(state.autosave.file == .holds(revision: state.revision))
        #expect(reduce(&state, .tick(now: 300)).isEmpty)  // up to date
    }

    @Test func typingDelaysTheWriteButNotBeyondTheMaximumDelay() {
        var state = Fixture.state(path: "/tmp/shop.json")
        var now = 0.0
        var writes: [Effect] = []
        // An edit every half second, never idle for a whole second.
        while now < AutosavePolicy.maximumDelay + 1 {
            _ = reduce(&state, .step(1))
            writes += reduce(&state, .tick(now: now))
            if !writes.isEmpty { break }
            now += 0.5
        }
        #expect(writes.count == 1)
        #expect(now >= AutosavePolicy.maximumDelay && now <= AutosavePolicy.maximumDelay + 0.5)
    }

    @Test func aFailureIsShownOnceAndRetriedLater() {
        var state = Fixture.state(path: "/tmp/shop.json")
        _ = reduce(&state, .step(1), .tick(now: 0))
        #expect(reduce(&state, .tick(now: 1)) == [write(state)])
        _ = reduce(&state, .autosaveFinished(revision: state.revision, error: "cannot write: No space left on device: /x"))
        #expect(state.status?.kind == .warning)
        #expect(
            state.status?.text == "autosave failed: cannot write: No space left on device: /x (edits kept; retried every 30 s)")
        #expect(state.isModified)  // the edits stay
        // No retry before the retry delay, however many ticks and edits.
        _ = reduce(&state, .step(1))
        #expect(reduce(&state, .tick(now: 2), .tick(now: 5), .tick(now: 1 + AutosavePolicy.retryDelay - 0.1)).isEmpty)
        let retry = reduce(&state, .tick(now: 1 + AutosavePolicy.retryDelay))
        #expect(retry == [write(state)])
        // A second failure says nothing new.
        state.status = StatusMessage.program("something else")
        _ = reduce(&state, .autosaveFinished(revision: state.revision, error: "still full"))
        #expect(state.status == StatusMessage.program("something else"))
        // Success after failures says so once.
        _ = reduce(&state, .tick(now: 1 + 2 * AutosavePolicy.retryDelay))
        _ = reduce(&state, .autosaveFinished(revision: state.revision, error: nil))
        #expect(state.status == StatusMessage.autosave("autosave works again"))
        #expect(!state.autosave.failing && state.autosave.onDisk)
    }

    @Test func undoingBackToTheFileRemovesTheAutosave() {
        var state = Fixture.state(path: "/tmp/shop.json")
        _ = reduce(&state, .step(1), .tick(now: 0), .tick(now: 1))
        _ = reduce(&state, .autosaveFinished(revision: state.revision, error: nil), .undo)
        #expect(!state.isModified)
        #expect(reduce(&state, .tick(now: 2)) == [.removeAutosave(state.document)])
        #expect(!state.autosave.onDisk)
        #expect(reduce(&state, .tick(now: 3)).isEmpty)
    }

    @Test func aSaveRemovesTheAutosaveOfTheOldAndTheNewName() {
        var state = Fixture.state()  // a bundled profile
        let bundled = state.document
        _ = reduce(&state, .step(1), .tick(now: 0), .tick(now: 1))
        _ = reduce(&state, .autosaveFinished(revision: state.revision, error: nil))
        _ = reduce(&state, .save, .clearInput, .insert("/tmp/mine.json"), .confirm)
        let effects = reduce(&state, .saveFinished(path: "/tmp/mine.json", error: nil))
        #expect(effects == [.removeAutosave(bundled), .removeAutosave(state.document)])
        #expect(state.autosave == AutosaveState())
    }

    @Test func aFailedSaveKeepsTheAutosave() {
        var state = Fixture.state(path: "/full/shop.json")
        _ = reduce(&state, .step(1), .tick(now: 0), .tick(now: 1))
        _ = reduce(&state, .autosaveFinished(revision: state.revision, error: nil))
        let effects = reduce(
            &state, .save, .saveFinished(path: "/full/shop.json", error: "/full/shop.json: cannot write: No space left on device")
        )
        #expect(effects.allSatisfy { if case .removeAutosave = $0 { false } else { true } })
        #expect(state.autosave.onDisk && state.isModified)
        #expect(state.status?.text == "not saved, edits kept: cannot write: No space left on device: /full/shop.json")
    }

    @Test func quittingAfterConfirmingDiscardRemovesTheAutosave() {
        var state = Fixture.state(path: "/tmp/shop.json")
        _ = reduce(&state, .step(1), .tick(now: 0), .tick(now: 1))
        _ = reduce(&state, .autosaveFinished(revision: state.revision, error: nil), .quit)
        #expect(state.mode == .confirm(.quit))
        #expect(reduce(&state, .answer(true)) == [.removeAutosave(state.document), .quit])

        var unwritten = Fixture.state(path: "/tmp/shop.json")
        _ = reduce(&unwritten, .step(1), .quit)
        #expect(reduce(&unwritten, .answer(true)) == [.quit])  // nothing of this session on disk
    }

    @Test func discardingToOpenAnotherProfileRemovesTheAutosave() {
        var state = Fixture.state(path: "/tmp/shop.json")
        _ = reduce(&state, .step(1), .tick(now: 0), .tick(now: 1))
        _ = reduce(&state, .autosaveFinished(revision: state.revision, error: nil), .open, .confirm)
        #expect(reduce(&state, .answer(true)) == [.removeAutosave(state.document), .open(.bundled("online-shop"))])
    }

    @Test func aWriteFinishingAfterASaveOrAnOpenIsIgnored() {
        var state = Fixture.state(path: "/tmp/shop.json")
        _ = reduce(&state, .step(1), .tick(now: 0), .tick(now: 1))
        let inFlight = state.revision
        _ = reduce(&state, .save, .saveFinished(path: "/tmp/shop.json", error: nil))
        _ = reduce(&state, .autosaveFinished(revision: inFlight, error: nil))
        #expect(!state.autosave.onDisk)
        #expect(reduce(&state, .tick(now: 2)).isEmpty)  // nothing to remove for the next document
        _ = reduce(&state, .autosaveFinished(revision: inFlight, error: "late failure"))
        #expect(!state.autosave.failing && state.status?.kind == .info)
    }

    @Test func aSignalWritesUnwrittenEditsAtOnce() {
        var state = Fixture.state(path: "/tmp/shop.json")
        _ = reduce(&state, .step(1))
        #expect(reduce(&state, .terminating) == [write(state)])
        #expect(state.quitting)

        var written = Fixture.state(path: "/tmp/shop.json")
        _ = reduce(&written, .step(1), .tick(now: 0), .tick(now: 1))
        _ = reduce(&written, .autosaveFinished(revision: written.revision, error: nil))
        #expect(reduce(&written, .terminating).isEmpty)  // already up to date

        var clean = Fixture.state(path: "/tmp/shop.json")
        #expect(reduce(&clean, .terminating).isEmpty)
    }

    // MARK: Offering it back

    private func edited(_ state: DashboardState) -> Scenario {
        var scenario = state.scenario
        scenario.workloads[0].replicas += 5
        return scenario
    }

    @Test func yRestoresTheAutosaveAsUnsavedEdits() {
        var state = Fixture.state(path: "/tmp/shop.json")
        let file = state.scenario
        let autosaved = edited(state)
        _ = reduce(&state, .autosaveFound(AutosaveFound(path: "/tmp/.shop.json.vplan-autosave", result: .success(autosaved))))
        #expect(state.mode == .confirm(.restoreAutosave(path: "/tmp/.shop.json.vplan-autosave", scenario: autosaved)))
        let effects = reduce(&state, .answer(true))
        #expect(effects == [.plan(autosaved, revision: state.revision)])
        #expect(state.scenario == autosaved && state.savedScenario == file && state.isModified)
        #expect(state.autosave.file == .holds(revision: state.revision))
        #expect(reduce(&state, .tick(now: 0), .tick(now: 10)).isEmpty)  // it is already on disk
        _ = reduce(&state, .undo)
        #expect(state.scenario == file)
    }

    @Test func nOrEscDiscardsTheAutosaveAndKeepsTheFile() {
        for answer in [Action.answer(false), .cancel] {
            var state = Fixture.state(path: "/tmp/shop.json")
            let file = state.scenario
            _ = reduce(&state, .autosaveFound(AutosaveFound(path: "/a", result: .success(edited(state)))))
            #expect(reduce(&state, answer) == [.removeAutosave(state.document)])
            #expect(state.scenario == file && !state.isModified && state.mode == .normal)
        }
    }

    @Test func quittingAtTheQuestionKeepsTheAutosave() {
        var state = Fixture.state(path: "/tmp/shop.json")
        _ = reduce(&state, .autosaveFound(AutosaveFound(path: "/a", result: .success(edited(state)))))
        #expect(reduce(&state, .forceQuit) == [.quit])
    }

    @Test func anAutosaveEqualToTheFileIsRemovedWithoutAsking() {
        var state = Fixture.state(path: "/tmp/shop.json")
        let effects = reduce(&state, .autosaveFound(AutosaveFound(path: "/a", result: .success(state.scenario))))
        #expect(effects == [.removeAutosave(state.document)])
        #expect(state.mode == .normal)
    }

    @Test func aCorruptAutosaveIsIgnoredWithAMessage() {
        var state = Fixture.state(path: "/tmp/shop.json")
        let error = ScenarioError(file: "/tmp/.shop.json.vplan-autosave", field: nil, reason: "is not valid JSON")
        #expect(
            reduce(
                &state, .autosaveFound(AutosaveFound(path: "/tmp/.shop.json.vplan-autosave", result: .failure(.scenario(error))))
            ).isEmpty)
        #expect(state.mode == .normal)
        #expect(
            state.status
                == StatusMessage.autosave("autosave ignored: is not valid JSON: /tmp/.shop.json.vplan-autosave", kind: .warning))
    }

    @Test func openingAnotherDocumentLooksForItsAutosave() {
        var state = Fixture.state()
        let scenario = try! BundledProfiles.scenario(named: BundledProfiles.all[1].name)
        let effects = reduce(&state, .openFinished(target: .file("/tmp/other.json"), result: .success(scenario)))
        #expect(effects.last == .findAutosave(Document(path: "/tmp/other.json", displayName: "/tmp/other.json", stem: "other")))
    }

    @Test func theQuestionIsOnTheStatusLine() {
        var state = Fixture.state(path: "/tmp/shop.json")
        _ = reduce(&state, .autosaveFound(AutosaveFound(path: "/a", result: .success(edited(state)))))
        let text = DashboardRenderer.render(state).text
        #expect(text.contains("Restore autosaved edits? (y restores, n discards)"))
    }
}

@Suite struct AutosaveLocationTests {
    private let environment = ["HOME": "/home/ann", "XDG_STATE_HOME": "/state"]

    @Test func besideTheFileAndUnderTheStateDirectory() {
        let document = Document(path: "plans/shop.json", displayName: "plans/shop.json", stem: "shop")
        let location = AutosaveLocation(document: document, currentDirectory: "/work/x", environment: environment)
        #expect(location.scenarioPath == "/work/x/plans/shop.json")
        #expect(location.besidePath == "/work/x/plans/.shop.json.vplan-autosave")
        #expect(location.statePath == "/state/vplan/autosave/%2Fwork%2Fx%2Fplans%2Fshop.json.vplan-autosave")
        #expect(location.candidates == [location.besidePath!, location.statePath!])
    }

    @Test func theStateDirectoryIsUsedWhenTheFilesDirectoryIsNotWritable() {
        let document = Document(path: "/ro/shop.json", displayName: "/ro/shop.json", stem: "shop")
        let location = AutosaveLocation(document: document, currentDirectory: "/", environment: environment)
        #expect(location.writeTargets { $0 != "/ro" } == [location.statePath!])
        #expect(location.writeTargets { _ in true } == ["/ro/.shop.json.vplan-autosave", location.statePath!])
    }

    @Test func stateDirectoryDefaultsAndRelativeXDGIsIgnored() {
        #expect(AutosaveLocation.stateDirectory(["HOME": "/home/ann"]) == "/home/ann/.local/state/vplan/autosave")
        #expect(
            AutosaveLocation.stateDirectory(["HOME": "/home/ann/", "XDG_STATE_HOME": "rel"])
                == "/home/ann/.local/state/vplan/autosave")
        #expect(AutosaveLocation.stateDirectory(["XDG_STATE_HOME": "/s/"]) == "/s/vplan/autosave")
        #expect(AutosaveLocation.stateDirectory([:]) == nil)
    }

    @Test func aBundledProfileIsKeyedByItsName() {
        let document = Document(path: nil, displayName: "Profiles/online-shop.json", stem: "online-shop")
        let location = AutosaveLocation(document: document, currentDirectory: "/w", environment: environment)
        #expect(location.besidePath == nil)
        #expect(location.candidates == ["/state/vplan/autosave/profile:online-shop.vplan-autosave"])
    }

    @Test func pathsAreNormalisedAndTildeExpanded() {
        let document = Document(path: "~/a/../b/./s.json", displayName: "", stem: "s")
        let location = AutosaveLocation(document: document, currentDirectory: "/w", environment: environment)
        #expect(location.scenarioPath == "/home/ann/b/s.json")
        let root = AutosaveLocation(
            document: Document(path: "/s.json", displayName: "", stem: "s"), currentDirectory: "/", environment: environment)
        #expect(root.besidePath == "/.s.json.vplan-autosave")
    }

    @Test func longKeysStayWithinAFileNameAndStayDistinct() {
        let long = "/" + String(repeating: "very-long-directory/", count: 30)
        let a = AutosaveLocation.fileName(forKey: long + "a.json")
        let b = AutosaveLocation.fileName(forKey: long + "b.json")
        #expect(a.utf8.count <= 255 && b.utf8.count <= 255)
        #expect(a != b)
        #expect(a.hasSuffix("a.json.vplan-autosave"))
        #expect(AutosaveLocation.fileName(forKey: "/a%b/c") == "%2Fa%25b%2Fc.vplan-autosave")
    }
}
