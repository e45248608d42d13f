namespace BackOffice.Application.Expedition;

/// <summary>Makes the one PDF the warehouse prints a batch with.</summary>
public interface IBatchPdfComposer
{
    byte[] Compose(BatchPrintout printout);
}
