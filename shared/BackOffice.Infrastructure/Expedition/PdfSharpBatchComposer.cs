using System.Globalization;
using BackOffice.Application.Expedition;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace BackOffice.Infrastructure.Expedition;

/// <summary>
/// The batch PDF with PDFsharp: per order its DANFE's and label's pages imported as they are (each stamped with the
/// order id and what it is, so a page that falls off the pile finds its parcel), then the pick list, then one manifest
/// (romaneio) per carrier with lines to sign. A document that is not a PDF, or is missing, gets a page saying so.
/// </summary>
internal sealed class PdfSharpBatchComposer : IBatchPdfComposer
{
    public const string DanfeStamp = "DANFE";
    public const string LabelStamp = "LABEL";
    public const string PickListTitle = "PICK LIST";
    public const string ManifestTitle = "ROMANEIO";

    private static readonly Lazy<XFont> StampFont = new(() => EmbeddedFontResolver.Font(8, bold: true));

    public byte[] Compose(BatchPrintout printout)
    {
        var batch = printout.Batch;
        using var document = new PdfDocument();
        document.Info.Title = $"Expedition {batch.BatchId}";
        document.Info.Creator = "BackOffice";
        for (var i = 0; i < printout.Orders.Count; i++)
        {
            var order = printout.Orders[i];
            var position = $"{i + 1}/{printout.Orders.Count}";
            AddDocument(document, order.Order, order.Danfe, $"{order.Order.OrderId} {DanfeStamp} NF-e {order.Order.InvoiceNumber ?? "-"} ({position})");
            AddDocument(document, order.Order, order.Label, $"{order.Order.OrderId} {LabelStamp} {order.Order.TrackingCode ?? "-"} ({position})");
        }

        AddPickList(document, batch);
        foreach (var manifest in batch.Manifests)
        {
            AddManifest(document, batch, manifest);
        }

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    private static void AddDocument(PdfDocument document, BatchOrder order, PrintedDocument printed, string stamp)
    {
        var imported = printed.Content is { } content && IsPdf(content) ? TryImport(document, content) : null;
        if (imported is null)
        {
            using var pages = new TextPages(document, stamp);
            pages.Line($"Order {order.OrderId}: the {printed.Kind} cannot be printed from here.", bold: true);
            pages.Line(printed switch
            {
                { Location: null } => $"No {printed.Kind} is stored for this order.",
                { Content: { } bytes } when !IsPdf(bytes) => $"The stored {printed.Kind} is not a PDF ({Describe(bytes)}).",
                _ => $"The stored {printed.Kind} is a PDF that could not be read.",
            });
            if (printed.Location is { } location)
            {
                pages.Line($"Stored at: {location}");
                pages.Line($"Open it from the ops page: /api/ops#{order.OrderId}");
            }

            return;
        }

        foreach (var page in imported)
        {
            using var graphics = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            graphics.DrawString(stamp, StampFont.Value, XBrushes.Black, new XPoint(20, 14));
        }
    }

    private static List<PdfPage>? TryImport(PdfDocument document, byte[] content)
    {
        try
        {
            using var input = PdfReader.Open(new MemoryStream(content), PdfDocumentOpenMode.Import);
            return [.. input.Pages.Cast<PdfPage>().Select(document.AddPage)];
        }
        catch (Exception exception) when (exception is PdfReaderException or InvalidOperationException or NotSupportedException or FormatException)
        {
            return null;
        }
    }

    private static void AddPickList(PdfDocument document, ExpeditionBatch batch)
    {
        using var pages = new TextPages(document, $"{PickListTitle} - {batch.BatchId} - {batch.Orders.Count} orders - {Time(batch.CreatedAt)}");
        pages.Line($"{"SKU",-24} {"DESCRIPTION",-56} {"QTY",8}", bold: true);
        foreach (var line in batch.PickList)
        {
            pages.Gap();
            pages.Line($"{Cut(line.Sku, 24),-24} {Cut(line.Description, 56),-56} {line.Quantity,8}", bold: true);
            foreach (var share in line.Orders)
            {
                pages.Line($"    {share.OrderId,-76} {share.Quantity,8}");
            }
        }

        pages.Gap();
        pages.Line($"{"TOTAL UNITS",-81} {batch.PickList.Sum(line => line.Quantity),8}", bold: true);
    }

    private static void AddManifest(PdfDocument document, ExpeditionBatch batch, CarrierManifest manifest)
    {
        using var pages = new TextPages(document, $"{ManifestTitle} - {manifest.Carrier} - {batch.BatchId} - {Time(batch.CreatedAt)}");
        pages.Line($"{"ORDER",-28} {"NF-E",-10} {"TRACKING",-20} {"SERVICE",-22} {"WEIGHT",10}", bold: true);
        foreach (var line in manifest.Lines)
        {
            pages.Line($"{Cut(line.OrderId, 28),-28} {Cut(line.InvoiceNumber ?? "-", 10),-10} {Cut(line.TrackingCode ?? "-", 20),-20} {Cut(line.Service ?? "-", 22),-22} {Weight(line.WeightGrams),10}");
        }

        pages.Gap();
        pages.Line($"{manifest.Lines.Count} parcels, {Weight(manifest.TotalWeightGrams)}", bold: true);
        pages.Gap();
        pages.Gap();
        pages.Line("Handed over by (warehouse): ______________________   Collected by (carrier): ______________________");
        pages.Line("Date/time: ____/____/________ ____:____");
    }

    private static bool IsPdf(byte[] content) => content.Length > 4 && content.AsSpan(0, Math.Min(content.Length, 1024)).IndexOf("%PDF-"u8) >= 0;

    private static string Describe(byte[] content) => content switch
    {
        [(byte)'<', ..] => $"XML or HTML, {content.Length} bytes",
        [(byte)'{', ..] or [(byte)'[', ..] => $"JSON, {content.Length} bytes",
        [0x89, (byte)'P', (byte)'N', (byte)'G', ..] => $"a PNG image, {content.Length} bytes",
        [(byte)'^', (byte)'X', (byte)'A', ..] => $"ZPL for a thermal printer, {content.Length} bytes",
        _ => $"{content.Length} bytes of an unknown format",
    };

    private static string Weight(int? grams) => grams is { } value ? $"{(value / 1000m).ToString("0.000", CultureInfo.InvariantCulture)} kg" : "-";

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static string Cut(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "…";
}
