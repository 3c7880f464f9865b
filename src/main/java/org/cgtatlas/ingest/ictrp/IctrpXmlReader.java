package org.cgtatlas.ingest.ictrp;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.cgtatlas.domain.SourceSpan;
import org.cgtatlas.ingest.CopyingInputStream;
import org.cgtatlas.ingest.ImportFileException;

/**
 * Streams the ICTRP portal's "Export results to XML" with StAX: a root element holding one {@code <Trial>} per record,
 * each child element one field. Elements the importer does not read are skipped; DTDs and external entities are
 * refused.
 */
final class IctrpXmlReader implements IctrpRowReader {

    static final String TRIAL = "Trial";

    private final String fileName;
    private final InputStream in;

    IctrpXmlReader(String fileName, InputStream in) {
        this.fileName = fileName;
        this.in = in;
    }

    @Override
    public void read(Consumer<IctrpRow> sink) throws IOException {
        XMLStreamReader xml = null;
        int records = 0;
        try {
            xml = factory().createXMLStreamReader(in);
            int depth = 0;
            Map<IctrpField, String> fields = null;
            long firstLine = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    if (depth == 2 && xml.getLocalName().equals(TRIAL)) {
                        fields = new EnumMap<>(IctrpField.class);
                        firstLine = xml.getLocation().getLineNumber();
                    } else if (depth == 3 && fields != null) {
                        IctrpField field = IctrpField.named(xml.getLocalName());
                        String text = xml.getElementText();
                        depth--;
                        if (field != null) {
                            fields.put(field, text);
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (depth == 2 && fields != null) {
                        records++;
                        long lastLine = xml.getLocation().getLineNumber();
                        sink.accept(new IctrpRow(fields, "record " + records + " (line " + firstLine + ")",
                                new SourceSpan(firstLine, Math.max(firstLine, lastLine))));
                        fields = null;
                    }
                    depth--;
                }
            }
        } catch (XMLStreamException e) {
            throw malformed(e);
        } finally {
            close(xml);
        }
        if (records == 0) {
            throw new ImportFileException(fileName, "", "this ICTRP XML export holds no <Trial> records");
        }
    }

    private ImportFileException malformed(XMLStreamException e) {
        if (e.getNestedException() instanceof CopyingInputStream.CopyFailedException copy) {
            return new ImportFileException(fileName, "", copy.getMessage(), copy);
        }
        String where = e.getLocation() == null ? ""
                : "line " + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber();
        String message = String.valueOf(e.getMessage());
        int detail = message.indexOf("Message: ");
        return new ImportFileException(fileName, where, "malformed XML (the file is cut off or was changed): "
                + (detail >= 0 ? message.substring(detail + "Message: ".length()) : message), e);
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // the stream is closed by its owner; nothing was held here
            }
        }
    }
}
