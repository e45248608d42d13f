namespace BackOffice.Functions.Hosting;

/// <summary><c>BackOffice.Functions emit-function-metadata &lt;script root&gt; &lt;transport&gt;</c>, run by the build.</summary>
public static class FunctionMetadataCommand
{
    public const string Verb = "emit-function-metadata";

    public static int Run(IReadOnlyList<string> args)
    {
        if (args.Count != 3 || !MessagingTransportName.All.Contains(args[2]))
        {
            Console.Error.WriteLine($"usage: BackOffice.Functions {Verb} <script root> <{string.Join("|", MessagingTransportName.All)}>");
            return 2;
        }

        var written = FunctionMetadataWriter.WriteAll(args[1], args[2], FunctionCatalog.All);
        Console.WriteLine($"Wrote {written.Count} function.json files for {args[2]} under {Path.GetFullPath(args[1])}");
        return 0;
    }
}
