// libFuzzer entry point over the OCI image manifest reader: any bytes must give an image catalog
// or a ScenarioError, never a trap. A catalog is printed as `import oci` prints it, then planned:
// one Deployment per image (at most 20) imported with the catalog, validated, read back and
// planned (ImportFuzzSupport.swift). Built by scripts/fuzz (see docs/fuzzing.md).
import Foundation
import Importers
import PlannerCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOCI(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
    // The file name and REF= prefix change how a manifest is filed; the input's length picks one.
    let names: [(reference: String?, file: String)] = [
        (nil, "fuzz.json"), (nil, "sha256-\(String(repeating: "e", count: 64)).json"),
        (nil, "gcr.io%2Fproj%2Fapp:v1.json"), ("example.com/app:v1", "app.json"),
    ]
    let (reference, name) = names[size % names.count]
    let input = ImageInput(reference: reference, file: InputFile(name: name, data: Data(bytes: data, count: size)))
    guard let catalog = try? ImageCatalog(inputs: [input]) else { return 0 }
    _ = ImageSizeTable.text(catalog)

    var items: [[String: Any]] = []
    for (index, image) in catalog.images.prefix(20).enumerated() {
        let container: [String: Any] = [
            "name": "app", "image": image.reference,
            "resources": ["requests": ["cpu": "100m", "memory": "64Mi"]],
        ]
        items.append([
            "apiVersion": "apps/v1", "kind": "Deployment", "metadata": ["name": "image-\(index)"],
            "spec": ["replicas": 2, "template": ["spec": ["containers": [container]]]],
        ])
    }
    guard !items.isEmpty,
        let json = try? JSONSerialization.data(withJSONObject: ["apiVersion": "v1", "kind": "List", "items": items])
    else { return 0 }
    let manifests = InputFile(name: "images.json", data: json)
    if let result = try? KubernetesImporter.run(
        [manifests], options: KubernetesImportOptions(images: catalog, daemonSetHosts: 1))
    {
        ImportFuzzing.check(result)
    }
    return 0
}
