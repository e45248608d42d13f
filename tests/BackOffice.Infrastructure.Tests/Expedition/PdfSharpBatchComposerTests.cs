using System.Text;
using BackOffice.Application.Expedition;
using BackOffice.Infrastructure.Expedition;
using PdfSharp.Drawing;
using PdfPig = UglyToad.PdfPig.PdfDocument;
using SharpDocument = PdfSharp.Pdf.PdfDocument;

namespace BackOffice.Infrastructure.Tests.Expedition;

public sealed class PdfSharpBatchComposerTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
    private readonly PdfSharpBatchComposer _composer = new();

    [Fact]
    public void Compose_WithPdfDocuments_ImportsEachDanfeAndLabelThenPickListAndManifest()
    {
        var orders = new[] { Order("hub-1", "SKU-A", 2), Order("hub-2", "SKU-A", 3), Order("hub-3", "SKU-B", 1) };
        var printout = Printout(orders, order => new PrintedOrder(
            order,
            new PrintedDocument("DANFE", $"documents/{order.OrderId}/danfe.pdf", OnePage($"DANFE of {order.OrderId}")),
            new PrintedDocument("Label", $"documents/{order.OrderId}/label.pdf", OnePage($"Etiqueta of {order.OrderId}"))));

        var pages = Texts(_composer.Compose(printout));

        Assert.Equal(3, pages.Count(text => text.Contains(PdfSharpBatchComposer.DanfeStamp + " NF-e", StringComparison.Ordinal) && text.Contains("DANFE of", StringComparison.Ordinal)));
        Assert.Equal(3, pages.Count(text => text.Contains(PdfSharpBatchComposer.LabelStamp, StringComparison.Ordinal) && text.Contains("Etiqueta of", StringComparison.Ordinal)));
        var pickList = Assert.Single(pages, text => text.Contains(PdfSharpBatchComposer.PickListTitle, StringComparison.Ordinal));
        Assert.Contains("TOTAL UNITS", pickList);
        Assert.Matches(@"SKU-A\s+Camiseta SKU-A\s+5", pickList);
        var manifest = Assert.Single(pages, text => text.Contains(PdfSharpBatchComposer.ManifestTitle + " - Correios", StringComparison.Ordinal));
        Assert.Contains("3 parcels, 1.500 kg", manifest);
    }

    [Fact]
    public void Compose_WhenADocumentIsNotAPdfOrMissing_SaysSoOnAPageOfItsOwn()
    {
        var order = Order("hub-1", "SKU-A", 1);
        var printout = Printout([order], _ => new PrintedOrder(
            order,
            new PrintedDocument("DANFE", null, null),
            new PrintedDocument("Label", "documents/hub-1/label.zpl", Encoding.ASCII.GetBytes("^XA^FO50,50^FDBR1^FS^XZ"))));

        var pages = Texts(_composer.Compose(printout));

        Assert.Contains(pages, text => text.Contains("No DANFE is stored for this order.", StringComparison.Ordinal));
        Assert.Contains(pages, text => text.Contains("The stored Label is not a PDF (ZPL", StringComparison.Ordinal) && text.Contains("documents/hub-1/label.zpl", StringComparison.Ordinal));
    }

    private static BatchOrder Order(string orderId, string sku, int quantity) =>
        new(orderId, "ReadyToShip", "12", "key", "BR" + orderId, "Correios", "Correios SEDEX", 500, [new BatchItem(sku, "Camiseta " + sku, quantity)], false);

    private static BatchPrintout Printout(IReadOnlyList<BatchOrder> orders, Func<BatchOrder, PrintedOrder> print)
    {
        var batch = new ExpeditionBatch("batch-0123456789abcdef0123", Now, ExpeditionBatch.NamedSelection, orders, PickListLine.For(orders), CarrierManifest.For(orders), "");
        return new BatchPrintout(batch, [.. orders.Select(print)]);
    }

    private static List<string> Texts(byte[] pdf)
    {
        using var document = PdfPig.Open(pdf);
        return [.. document.GetPages().Select(page => string.Join(' ', page.GetWords().Select(word => word.Text)))];
    }

    private static byte[] OnePage(string text)
    {
        using var document = new SharpDocument();
        var page = document.AddPage();
        using (var graphics = XGraphics.FromPdfPage(page))
        {
            graphics.DrawString(text, EmbeddedFontResolver.Font(12), XBrushes.Black, new XPoint(50, 100));
        }

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }
}
