namespace BackOffice.Application.Ops;

public sealed record OrderDocumentFile(byte[] Content, string ContentType, string FileName);
