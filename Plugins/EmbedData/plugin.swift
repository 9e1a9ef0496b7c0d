import Foundation
import PackagePlugin

/// Embeds the target's `Data/` folder (word lists, patterns) into the target as generated Swift
/// source (`EmbeddedData.files`), so rules live in data files yet travel inside the binary.
@main
struct EmbedData: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let data = target.directoryURL.appending(path: "Data")
        let inputs = try EmbeddedFiles.list(data) { !$0.hasPrefix(".") }
        return [try EmbeddedFiles.command(context: context, enumName: "EmbeddedData", visibility: "internal", inputs: inputs)]
    }
}
