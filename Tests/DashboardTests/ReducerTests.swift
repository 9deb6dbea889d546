import Dashboard
import Foundation
import PlannerCore
import Storage
import TestSupport
import Testing

@Suite struct ReducerTests {
    private func index(of name: String, in state: DashboardState) -> Int {
        state.scenario.workloads.firstIndex { $0.name == name }!
    }

    // MARK: Moving

    @Test func arrowsMoveRowsColumnsAndStopAtTheEdges() {
        var state = Fixture.state()
        _ = reduce(&state, .move(.up), .move(.left))
        #expect(state.workloadRow == 0 && state.workloadColumn == .name)
        _ = reduce(&state, .move(.down), .move(.down), .move(.right))
        #expect(state.workloadRow == 2 && state.workloadColumn == .model)
        _ = reduce(&state, .jump(toEnd: true))
        #expect(state.workloadRow == state.scenario.workloads.count - 1)
        #expect(state.navigation.workloadScroll > 0)  // scrolled to keep the last row visible at 80×24
        _ = reduce(&state, .jump(toEnd: false))
        #expect(state.workloadRow == 0 && state.navigation.workloadScroll == 0)
        _ = reduce(&state, .page(1))
        #expect(state.workloadRow == ScreenLayout(size: state.size, workloadCount: 14).workloadRows)
    }

    @Test func tabCyclesPanesAndArrowsFollowTheFocus() {
        var state = Fixture.state()
        _ = reduce(&state, .nextPane)
        #expect(state.focus == .parameters)
        _ = reduce(&state, .move(.down))
        #expect(state.parameter == Parameter.allCases[1])
        _ = reduce(&state, .nextPane, .move(.down), .move(.down))
        #expect(state.focus == .plans && state.selectedPlan == .faas)
        _ = reduce(&state, .nextPane)
        #expect(state.focus == .warnings)
        _ = reduce(&state, .nextPane)
        #expect(state.focus == .workloads)
        _ = reduce(&state, .previousPane, .previousPane)
        #expect(state.focus == .plans)
        _ = reduce(&state, .selectPlan(.mixed))
        #expect(state.selectedPlan == .mixed)
        _ = reduce(&state, .cyclePlan(1))
        #expect(state.selectedPlan == .vm)
        _ = reduce(&state, .cyclePlan(-1))
        #expect(state.selectedPlan == .mixed)
    }

    // MARK: Editing

    @Test func enterEditsInPlaceValidatesAsYouTypeAndAppliesOnEnter() {
        var state = Fixture.state()
        let row = index(of: "checkout", in: state)
        state.workloadRow = row
        state.workloadColumn = .replicas
        #expect(reduce(&state, .beginEdit).isEmpty)
        guard case .editing(let buffer) = state.mode else {
            Issue.record("not editing")
            return
        }
        #expect(buffer.text == "3")
        _ = reduce(&state, .clearInput, .insert("-"), .insert("2"))
        guard case .editing(let invalid) = state.mode else {
            Issue.record("left edit mode")
            return
        }
        #expect(invalid.problem == "checkout replicas: must be at least 0 (got -2)")
        // Enter on an invalid value does not apply it and says why.
        #expect(reduce(&state, .confirm).isEmpty)
        #expect(state.scenario.workloads[row].replicas == 3)
        #expect(state.status?.kind == .error)
        _ = reduce(&state, .clearInput, .insert("4"), .insert("0"))
        let effects = reduce(&state, .confirm)
        #expect(state.mode == .normal)
        #expect(state.scenario.workloads[row].replicas == 40)
        #expect(effects == [.plan(state.scenario, revision: 1)])
        #expect(state.isModified)
        #expect(state.history.undo.count == 1)
    }

    @Test func typingGarbageIsRejectedWithTheReason() {
        var state = Fixture.state()
        state.workloadColumn = .memory
        _ = reduce(&state, .beginEdit, .clearInput, .insert("x"), .insert("y"))
        guard case .editing(let buffer) = state.mode else {
            Issue.record("not editing")
            return
        }
        #expect(buffer.problem?.contains("not a number") == true)
        _ = reduce(&state, .cancel)
        #expect(state.mode == .normal)
        #expect(state.scenario == Fixture.defaultScenario())
    }

    @Test func memoryAcceptsUnits() {
        var state = Fixture.state()
        state.workloadColumn = .memory
        _ = reduce(&state, .beginEdit, .clearInput)
        for character in "1G" { _ = reduce(&state, .insert(String(character))) }
        _ = reduce(&state, .confirm)
        #expect(state.scenario.workloads[0].memoryMiB == 1024)
    }

    @Test func stepChangesTheNumberUnderTheCursorAndReplicasElsewhere() {
        var state = Fixture.state()
        let row = index(of: "checkout", in: state)
        state.workloadRow = row
        _ = reduce(&state, .step(1), .step(1))
        #expect(state.scenario.workloads[row].replicas == 5)
        state.workloadColumn = .cpu
        _ = reduce(&state, .step(1))
        #expect(state.scenario.workloads[row].cpuCores == 0.2)
        _ = reduce(&state, .step(-1), .step(-1))
        #expect(state.scenario.workloads[row].cpuCores == 0.1)  // 0 is refused: cpuCores must be greater than 0
        #expect(state.status?.kind == .error)
    }

    @Test func podMembersKeepEqualReplicas() {
        var state = Fixture.state()
        state.workloadColumn = .replicas
        _ = reduce(&state, .step(1))
        #expect(state.scenario.workloads[0].replicas == 7)
        #expect(state.scenario.workloads[1].replicas == 7)  // frontend-envoy shares the pod
    }

    @Test func parametersEditStepToggleAndCycle() {
        var state = Fixture.state()
        _ = reduce(&state, .nextPane)
        state.parameter = .named("host.failoverHosts")
        _ = reduce(&state, .step(1))
        #expect(state.scenario.host.failoverHosts == 2)
        state.parameter = .named("host.targetUtilization")
        _ = reduce(&state, .beginEdit, .clearInput)
        for character in "150%" { _ = reduce(&state, .insert(String(character))) }
        guard case .editing(let buffer) = state.mode else {
            Issue.record("not editing")
            return
        }
        #expect(buffer.problem == "host.targetUtilization: must be at most 1 (got 1.5)")
        _ = reduce(&state, .clearInput, .insert("7"), .insert("0"), .insert("%"), .confirm)
        #expect(state.scenario.host.targetUtilization == 0.7)
        state.parameter = .named("vm.hypervisor")
        _ = reduce(&state, .beginEdit)
        #expect(state.scenario.vm.hypervisor == .type2)
        _ = reduce(&state, .cycleHypervisor)
        #expect(state.scenario.vm.hypervisor == .type1)
        state.parameter = .named("vm.imageCachedPerHost")
        _ = reduce(&state, .beginEdit)
        #expect(state.scenario.vm.imageCachedPerHost == false)
    }

    /// A derived reservation shows as `auto: …`; a step starts from the derived value, and typing
    /// `auto` leaves the key out of the file again (issue 15).
    @Test func reservationsAreAutoUntilSetAndCanBeClearedAgain() {
        var state = Fixture.state()
        _ = reduce(&state, .nextPane)
        let reserved = Parameter.named("host.reservedCpuCores")
        state.parameter = reserved
        let automatic = HostReservation.kubernetes(state.scenario).cpuCores
        #expect(state.scenario.host.reservedCpuCores == nil)
        #expect(reserved.display(in: state.scenario) == "auto: \(QuantityUnit.exact(automatic)) cores")
        #expect(reserved.editText(in: state.scenario) == "auto")
        _ = reduce(&state, .step(1))
        #expect(state.scenario.host.reservedCpuCores == automatic + 0.5)
        _ = reduce(&state, .beginEdit, .clearInput)
        for character in "auto" { _ = reduce(&state, .insert(String(character))) }
        _ = reduce(&state, .confirm)
        #expect(state.scenario.host.reservedCpuCores == nil)
        state.parameter = .named("host.reservationPreset")
        let presets = ReservationPreset.allCases
        let next = presets[(presets.firstIndex(of: state.scenario.host.reservationPreset)! + 1) % presets.count]
        _ = reduce(&state, .beginEdit)
        #expect(state.scenario.host.reservationPreset == next)
    }

    @Test func modelCyclesAndStatefulSkipsFaas() {
        var state = Fixture.state()
        let row = index(of: "checkout", in: state)
        state.workloadRow = row
        _ = reduce(&state, .cycleModel)
        #expect(state.scenario.workloads[row].model == .faas)
        _ = reduce(&state, .toggleStateful)
        #expect(state.scenario.workloads[row].stateful)
        #expect(state.scenario.workloads[row].model == .container)  // stateful cannot stay a function
        _ = reduce(&state, .cycleModel, .cycleModel)
        #expect(state.scenario.workloads[row].model == .container)  // faas skipped: vm, then container
    }

    @Test func addDuplicateAndDeleteWorkloads() {
        var state = Fixture.state()
        let count = state.scenario.workloads.count
        _ = reduce(&state, .addWorkload)
        #expect(state.scenario.workloads.count == count + 1)
        #expect(state.scenario.workloads[1].name == "workload")
        #expect(state.workloadRow == 1)
        _ = reduce(&state, .duplicateWorkload)
        #expect(state.scenario.workloads[2].name == "workload-copy")
        #expect(state.workloadRow == 2)
        _ = reduce(&state, .deleteWorkload, .move(.up), .deleteWorkload)
        #expect(state.scenario.workloads.count == count)
        #expect(state.scenario.workloads.map(\.name) == Fixture.defaultScenario().workloads.map(\.name))
    }

    @Test func undoAndRedoEveryEdit() {
        var state = Fixture.state()
        let original = state.scenario
        _ = reduce(&state, .step(1), .addWorkload, .cycleHypervisor)
        let edited = state.scenario
        #expect(reduce(&state, .undo, .undo, .undo).count == 3)
        #expect(state.scenario == original)
        #expect(!state.isModified)
        _ = reduce(&state, .undo)
        #expect(state.status?.text == "nothing to undo")
        _ = reduce(&state, .redo, .redo, .redo)
        #expect(state.scenario == edited)
        _ = reduce(&state, .redo)
        #expect(state.status?.text == "nothing to redo")
        _ = reduce(&state, .undo, .step(1))
        #expect(state.history.redo.isEmpty)  // a new edit forgets what could be redone
    }

    // MARK: Plans

    @Test func staleAndFailedPlansAreHandled() {
        var state = Fixture.state()
        let before = state.results.snapshot
        _ = reduce(&state, .step(1))
        #expect(state.results.snapshot == before)  // the last plan stays on screen until the new one arrives
        #expect(!state.plansAreCurrent)
        _ = reduce(&state, .planFinished(revision: 0, result: .success([])))
        #expect(state.results.snapshot == before)  // a stale result is ignored
        let error = ScenarioError(field: "host", reason: "too small")
        _ = reduce(&state, .planFinished(revision: state.revision, result: .failure(.scenario(error))))
        #expect(state.results.failure == PlanFailure(revision: state.revision, error: .scenario(error)))
        Fixture.planCurrent(&state)
        #expect(state.plansAreCurrent && state.results.failure == nil)
    }

    @Test func raisingReplicasReportsHowTheHostsMoved() {
        var state = Fixture.state()
        state.workloadRow = index(of: "checkout", in: state)
        state.workloadColumn = .replicas
        let before = state.results.snapshot!.plans[0].hosts
        _ = reduce(&state, .beginEdit, .clearInput, .insert("1500"), .confirm)
        Fixture.planCurrent(&state)
        let after = state.results.snapshot!.plans[0].hosts
        #expect(after > before)  // 1500 × 0.1 cores is beyond one host's capacity in any packing
        #expect(state.status?.line.contains("→ hosts vm \(before)→\(after)") == true)
    }

    // MARK: Files

    @Test func saveWritesTheScenarioToItsFileOrAsksForAPath() {
        var state = Fixture.state(path: "/tmp/shop.json")
        _ = reduce(&state, .step(1))
        let effects = reduce(&state, .save)
        #expect(effects == [.save(path: "/tmp/shop.json", data: ScenarioDocument.json(state.scenario))])
        _ = reduce(&state, .saveFinished(path: "/tmp/shop.json", error: nil))
        #expect(!state.isModified)

        var bundled = Fixture.state()
        #expect(reduce(&bundled, .save).isEmpty)
        #expect(bundled.mode == .prompt(PathPrompt(purpose: .save, text: "online-shop.json")))
        let checked = reduce(&bundled, .clearInput, .insert("x.json"), .confirm)
        #expect(checked == [.checkPath(path: "x.json", purpose: .save, document: bundled.document)])
        let saved = reduce(&bundled, .pathChecked(PathCheck(path: "x.json", purpose: .save, exists: false, isDocument: false)))
        #expect(saved == [.save(path: "x.json", data: ScenarioDocument.json(bundled.scenario))])
        _ = reduce(&bundled, .saveFinished(path: "x.json", error: nil))
        #expect(bundled.document.path == "x.json" && bundled.document.stem == "x")
    }

    @Test func aFailedSaveKeepsTheEdits() {
        var state = Fixture.state(path: "/nonexistent/dir/shop.json")
        _ = reduce(&state, .step(1))
        let edited = state.scenario
        _ = reduce(
            &state, .save, .saveFinished(path: "/nonexistent/dir/shop.json", error: "cannot write: No such file or directory"))
        #expect(state.scenario == edited)
        #expect(state.isModified)
        #expect(state.status?.kind == .error)
    }

    @Test func exportWritesThePlanDocumentOfTheCurrentScenario() throws {
        var state = Fixture.state(path: "/tmp/dir/shop.json")
        _ = reduce(&state, .export)
        #expect(state.mode == .prompt(PathPrompt(purpose: .export, text: "/tmp/dir/shop.plan.json")))
        #expect(
            reduce(&state, .confirm) == [.checkPath(path: "/tmp/dir/shop.plan.json", purpose: .export, document: state.document)])
        let effects = reduce(
            &state, .pathChecked(PathCheck(path: "/tmp/dir/shop.plan.json", purpose: .export, exists: false, isDocument: false)))
        // The reducer asks for the export; the worker plans at standard effort and streams the file.
        #expect(effects == [.export(path: "/tmp/dir/shop.plan.json", scenario: state.scenario)])
        #expect(state.status?.text == "exporting /tmp/dir/shop.plan.json…")
        #expect(
            DashboardReducer.defaultExportPath(Document(path: nil, displayName: "x", stem: "online-shop"))
                == "online-shop.plan.json")
    }

    @Test func exportWaitsForThePlanOfTheCurrentRevision() throws {
        var state = Fixture.state()
        _ = reduce(&state, .step(1), .export, .confirm)
        let check = PathCheck(path: "online-shop.plan.json", purpose: .export, exists: false, isDocument: false)
        #expect(reduce(&state, .pathChecked(check)).isEmpty)
        #expect(state.files.pendingExport == "online-shop.plan.json")
        let plans = try CannedPlans.plans(for: state.scenario)
        let effects = reduce(&state, .planFinished(revision: state.revision, result: .success(plans)))
        #expect(effects == [.export(path: "online-shop.plan.json", scenario: state.scenario)])
        _ = reduce(&state, .exportFinished(path: "online-shop.plan.json", error: nil))
        #expect(state.status?.text == "exported the plan to online-shop.plan.json")
    }

    @Test func savedScenarioReadsBackToTheSameScenario() throws {
        var state = Fixture.state()
        _ = reduce(&state, .step(1), .cycleHypervisor)
        state.workloadColumn = .cpu
        _ = reduce(&state, .step(1))
        let data = ScenarioDocument.json(state.scenario)
        #expect(try ScenarioDecoder.scenario(from: data) == state.scenario)
    }

    @Test func openListsProfilesAndCommandLineFilesAndAsksWhenModified() {
        var state = Fixture.state()
        _ = reduce(&state, .open)
        guard case .picker(let picker) = state.mode else {
            Issue.record("no picker")
            return
        }
        #expect(picker.choices.first == .bundled("online-shop"))
        #expect(picker.choices.last == .file("extra.json"))
        _ = reduce(&state, .move(.down))
        #expect(reduce(&state, .confirm) == [.open(.bundled(BundledProfiles.all[1].name))])
        let scenario = try! BundledProfiles.scenario(named: BundledProfiles.all[1].name)
        let effects = reduce(&state, .openFinished(target: .bundled(BundledProfiles.all[1].name), result: .success(scenario)))
        #expect(effects == [.plan(scenario, revision: 1), .findAutosave(state.document)])
        #expect(state.scenario == scenario && !state.isModified && state.history.undo.isEmpty)

        _ = reduce(&state, .step(1), .open, .confirm)
        #expect(state.mode == .confirm(.discardAndOpen(.bundled("online-shop"))))
        #expect(reduce(&state, .answer(true)) == [.open(.bundled("online-shop"))])
    }

    @Test func escCancelsAnOpenAndItsLateResultIsDropped() throws {
        var state = Fixture.state()
        let before = state
        let target = ScenarioLocation.file("extra.json")
        // The picker's last file (up twice from the top: past "type a path…").
        _ = reduce(&state, .open, .move(.up), .move(.up))
        #expect(reduce(&state, .confirm) == [.open(target)])
        #expect(state.files.opening == .opening(target))
        #expect(state.status?.text == "opening extra.json… (Esc cancels)")
        #expect(reduce(&state, .cancel) == [.cancelOpen(target)])
        #expect(state.files.opening == .cancelled(target))
        #expect(state.status?.text == "cancelled opening extra.json")
        // Keys keep working while the open is pending or cancelled.
        _ = reduce(&state, .move(.down))
        #expect(state.workloadRow == 1)
        let other = try BundledProfiles.scenario(named: BundledProfiles.all[1].name)
        #expect(reduce(&state, .openFinished(target: target, result: .success(other))).isEmpty)
        #expect(state.scenario == before.scenario && state.document == before.document)
        #expect(state.files.opening == .idle)
    }

    @Test func aBadFileToOpenLeavesTheScenarioAlone() {
        var state = Fixture.state()
        _ = reduce(&state, .step(1))
        let edited = state.scenario
        let error = ScenarioError(file: "bad.json", field: "workloads[0].cpuCores", reason: "must be a number")
        _ = reduce(&state, .openFinished(target: .file("bad.json"), result: .failure(.scenario(error))))
        #expect(state.scenario == edited)
        #expect(
            state.status == StatusMessage.file("cannot open: bad.json: workloads[0].cpuCores: must be a number", kind: .error))
    }

    // MARK: Quitting

    @Test func quitAsksOnlyWhenThereAreUnsavedChanges() {
        var clean = Fixture.state()
        #expect(reduce(&clean, .quit) == [.quit])
        #expect(clean.quitting)

        var state = Fixture.state(path: "/tmp/shop.json")
        _ = reduce(&state, .step(1))
        #expect(reduce(&state, .quit).isEmpty)
        #expect(state.mode == .confirm(.quit))
        _ = reduce(&state, .answer(false))
        #expect(state.mode == .normal && !state.quitting)
        _ = reduce(&state, .quit)
        let effects = reduce(&state, .answerSave)
        #expect(effects == [.save(path: "/tmp/shop.json", data: ScenarioDocument.json(state.scenario))])
        #expect(reduce(&state, .saveFinished(path: "/tmp/shop.json", error: nil)) == [.removeAutosave(state.document), .quit])

        var forced = Fixture.state()
        _ = reduce(&forced, .step(1), .quit)
        #expect(reduce(&forced, .forceQuit) == [.quit])
    }

    @Test func helpOpensScrollsAndEscClosesIt() {
        var state = Fixture.state()
        _ = reduce(&state, .toggleHelp)
        var expected = Reading(kind: .help, title: "Keys", paragraphs: Explanations.help())
        #expect(state.mode == .reading(expected))
        _ = reduce(&state, .move(.down))
        expected.scroll = ScrollPosition(cursor: 1, offset: 1)
        #expect(state.mode == .reading(expected) && state.workloadRow == 0)
        _ = reduce(&state, .cancel)
        #expect(state.mode == .normal && state.workloadRow == 0)
    }

    @Test func resizeKeepsTheSelectionVisible() {
        var state = Fixture.state(size: TerminalSize(width: 160, height: 48))
        _ = reduce(&state, .jump(toEnd: true))
        #expect(state.navigation.workloadScroll == 0)  // all 14 rows fit
        _ = reduce(&state, .resize(TerminalSize(width: 80, height: 24)))
        #expect(state.size == TerminalSize(width: 80, height: 24))
        #expect(state.navigation.workloadScroll == 14 - 8)
    }
}

@Suite struct MoreReducerTests {
    @Test func saveAsAlwaysAsksAndCancelKeepsEverything() {
        var state = Fixture.state(path: "/tmp/shop.json")
        _ = reduce(&state, .saveAs)
        #expect(state.mode == .prompt(PathPrompt(purpose: .save, text: "/tmp/shop.json")))
        _ = reduce(&state, .deleteBackward, .insert("x"))
        #expect(state.mode == .prompt(PathPrompt(purpose: .save, text: "/tmp/shop.jsox")))
        #expect(reduce(&state, .cancel).isEmpty)
        #expect(state.mode == .normal)
        #expect(state.document.path == "/tmp/shop.json")
    }

    @Test func anEmptyPathIsRefused() {
        var state = Fixture.state()
        _ = reduce(&state, .export, .clearInput)
        #expect(reduce(&state, .confirm).isEmpty)
        #expect(state.status?.kind == .error)
        if case .prompt = state.mode {} else { Issue.record("the prompt closed on an empty path") }
    }

    @Test func aFailedExportSaysWhy() {
        var state = Fixture.state()
        _ = reduce(&state, .exportFinished(path: "/x/y.json", error: "/x/y.json: cannot write: No such file or directory"))
        #expect(
            state.status == StatusMessage.file("not exported: cannot write: No such file or directory: /x/y.json", kind: .error))
    }

    @Test func exportRefusesAScenarioThePlannerRejected() {
        var state = Fixture.state()
        _ = reduce(&state, .step(1))
        _ = reduce(
            &state,
            .planFinished(revision: state.revision, result: .failure(.scenario(ScenarioError(field: "host", reason: "no room")))))
        _ = reduce(&state, .export, .confirm)
        let check = PathCheck(path: "online-shop.plan.json", purpose: .export, exists: false, isDocument: false)
        #expect(reduce(&state, .pathChecked(check)).isEmpty)
        #expect(state.status?.text.hasPrefix("cannot export") == true)
    }

    @Test func theOpenListCanTypeAPath() {
        var state = Fixture.state()
        _ = reduce(&state, .open, .move(.up))  // wraps to "type a path…"
        #expect(reduce(&state, .confirm).isEmpty)
        #expect(state.mode == .prompt(PathPrompt(purpose: .open, text: "")))
        _ = reduce(&state, .insert("a.json"))
        #expect(reduce(&state, .confirm) == [.open(.file("a.json"))])
        _ = reduce(&state, .open, .cancel)
        #expect(state.mode == .normal)
    }

    @Test func quitWithoutAPathAsksWhereToSaveFirst() {
        var state = Fixture.state()
        _ = reduce(&state, .step(1), .quit, .answerSave)
        #expect(state.mode == .prompt(PathPrompt(purpose: .save, text: "online-shop.json")))
        #expect(state.files.quitAfterSave)
        _ = reduce(&state, .confirm)
        let effects = reduce(
            &state, .pathChecked(PathCheck(path: "online-shop.json", purpose: .save, exists: false, isDocument: false)))
        #expect(effects == [.save(path: "online-shop.json", data: ScenarioDocument.json(state.scenario))])
        #expect(reduce(&state, .saveFinished(path: "online-shop.json", error: "disk full")).isEmpty)
        #expect(!state.quitting && !state.files.quitAfterSave)
    }

    @Test func editingTheNameToADuplicateIsRefused() {
        var state = Fixture.state()
        _ = reduce(&state, .beginEdit, .clearInput)
        for character in "cart" { _ = reduce(&state, .insert(String(character))) }
        guard case .editing(let buffer) = state.mode else {
            Issue.record("not editing")
            return
        }
        #expect(buffer.problem?.contains("duplicates") == true)
        #expect(reduce(&state, .confirm).isEmpty)
        #expect(state.scenario.workloads[0].name == "frontend")
    }

    @Test func theLayerEditorAddsRenamesResizesAndRemovesLayers() {
        var state = Fixture.state()
        state.workloadColumn = .image
        _ = reduce(&state, .beginEdit)
        #expect(state.mode == .layers(LayerEditor(row: 0)))
        // Resize the top layer by typing its size.
        _ = reduce(&state, .move(.down), .move(.right), .beginEdit, .clearInput)
        for character in "98M" { _ = reduce(&state, .insert(String(character))) }
        #expect(reduce(&state, .confirm) == [.plan(state.scenario, revision: state.revision)])
        #expect(state.scenario.workloads[0].layers.map(\.sizeMiB) == [2, 98])
        // Add a layer after it, rename it, step its size.
        _ = reduce(&state, .addWorkload)
        #expect(state.scenario.workloads[0].layers.count == 3)
        _ = reduce(&state, .move(.left), .beginEdit, .clearInput, .insert("certs"), .confirm, .move(.right), .step(1))
        #expect(state.scenario.workloads[0].layers[2] == ImageLayer(id: "certs", sizeMiB: 20))
        #expect(state.scenario.workloads[0].imageMiB == 120)
        // A duplicate id is refused and shown; Esc drops the cell, not the editor.
        _ = reduce(&state, .move(.left), .beginEdit, .clearInput, .insert("frontend-app"), .confirm)
        #expect(state.scenario.workloads[0].layers[2].id == "certs")
        guard case .layers(let editor) = state.mode else {
            Issue.record("the editor closed")
            return
        }
        #expect(editor.problem?.contains("already has a layer") == true)
        _ = reduce(&state, .cancel, .deleteWorkload)
        #expect(state.scenario.workloads[0].layers.map(\.id) == ["distroless-static", "frontend-app"])
        _ = reduce(&state, .undo)
        #expect(state.scenario.workloads[0].layers.count == 3)
        _ = reduce(&state, .cancel)
        #expect(state.mode == .normal)
    }

    @Test func requestRateEditsKeepThePeakRatio() {
        var state = Fixture.state()
        state.workloadColumn = .requestsPerSecond
        _ = reduce(&state, .beginEdit, .clearInput)
        for character in "1800" { _ = reduce(&state, .insert(String(character))) }
        _ = reduce(&state, .confirm)
        #expect(state.scenario.workloads[0].requestsPerSecond == 1800)
        #expect(state.scenario.workloads[0].peakRequestsPerSecond == 4800)
    }
}
