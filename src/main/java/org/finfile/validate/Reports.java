package org.finfile.validate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes validation reports for people and for pipelines: text (one problem a line, then a
 * summary), JSON (shape documented in the README) and JUnit XML (a test suite per file, a test
 * case per rule, so CI systems show each problem).
 */
public final class Reports {
  /** The report formats. */
  public enum Format { TEXT, JSON, JUNIT }

  private Reports() {}

  /** True when a report fails at this threshold: errors always, warnings when {@code failOn} is WARNING. */
  public static boolean fails(Report r, Severity failOn) {
    return r.unreadable() || r.errors() > 0 || (failOn == Severity.WARNING && r.warnings() > 0);
  }

  public static void write(Format format, List<Report> reports, Severity failOn, Writer out) throws IOException {
    switch (format) {
      case TEXT -> text(reports, failOn, out);
      case JSON -> json(reports, failOn, out);
      case JUNIT -> junit(reports, failOn, out);
      default -> throw new IllegalArgumentException(format.toString());
    }
    out.flush();
  }

  /** The closing line of a text report. */
  public static String summary(List<Report> reports, Severity failOn) {
    long errors = reports.stream().mapToLong(Report::errors).sum();
    long warnings = reports.stream().mapToLong(Report::warnings).sum();
    long infos = reports.stream().mapToLong(Report::infos).sum();
    long failed = reports.stream().filter(r -> fails(r, failOn)).count();
    return String.format(Locale.ROOT, "%d file%s: %d error%s, %d warning%s, %d note%s; %s",
        reports.size(), plural(reports.size()), errors, plural(errors), warnings, plural(warnings), infos, plural(infos),
        failed == 0 ? "valid" : failed + " invalid");
  }

  private static String plural(long n) {
    return n == 1 ? "" : "s";
  }

  private static void text(List<Report> reports, Severity failOn, Writer out) throws IOException {
    for (Report r : reports) {
      for (Problem p : r.problems()) {
        out.write(p.format());
        out.write(System.lineSeparator());
      }
    }
    out.write(summary(reports, failOn));
    out.write(System.lineSeparator());
  }

  private static void json(List<Report> reports, Severity failOn, Writer out) throws IOException {
    try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeStringField("format", "finfile-validation-report/1");
      json.writeArrayFieldStart("files");
      for (Report r : reports) {
        json.writeStartObject();
        json.writeStringField("file", r.file());
        json.writeBooleanField("valid", !fails(r, failOn));
        json.writeBooleanField("unreadable", r.unreadable());
        json.writeNumberField("errors", r.errors());
        json.writeNumberField("warnings", r.warnings());
        json.writeNumberField("notes", r.infos());
        json.writeArrayFieldStart("problems");
        for (Problem p : r.problems()) {
          json.writeStartObject();
          json.writeStringField("location", p.location());
          json.writeStringField("severity", p.severity().toString());
          json.writeStringField("code", p.code());
          json.writeStringField("message", p.message());
          json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeObjectFieldStart("summary");
      json.writeNumberField("files", reports.size());
      json.writeNumberField("invalid", reports.stream().filter(r -> fails(r, failOn)).count());
      json.writeNumberField("errors", reports.stream().mapToLong(Report::errors).sum());
      json.writeNumberField("warnings", reports.stream().mapToLong(Report::warnings).sum());
      json.writeNumberField("notes", reports.stream().mapToLong(Report::infos).sum());
      json.writeStringField("failOn", failOn.toString());
      json.writeEndObject();
      json.writeEndObject();
    }
    out.write(System.lineSeparator());
  }

  private static void junit(List<Report> reports, Severity failOn, Writer out) throws IOException {
    try {
      XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuites");
      xml.writeAttribute("name", "finfile validate");
      int tests = reports.size() * Rules.ALL.size();
      long failures = 0;
      for (Report r : reports) {
        failures += Rules.ALL.stream().filter(code -> failing(r, code, failOn)).count();
      }
      xml.writeAttribute("tests", Integer.toString(tests));
      xml.writeAttribute("failures", Long.toString(failures));
      xml.writeAttribute("errors", "0");
      for (Report r : reports) {
        suite(xml, r, failOn);
      }
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write the JUnit report: " + e.getMessage(), e);
    }
  }

  private static boolean failing(Report r, String code, Severity failOn) {
    return r.problems().stream().anyMatch(p -> p.code().equals(code)
        && (p.severity() == Severity.ERROR || (failOn == Severity.WARNING && p.severity() == Severity.WARNING)));
  }

  private static void suite(XMLStreamWriter xml, Report r, Severity failOn) throws XMLStreamException {
    long failures = Rules.ALL.stream().filter(code -> failing(r, code, failOn)).count();
    long skipped = r.unreadable() ? Rules.ALL.stream().filter(code -> !failing(r, code, failOn)).count() : 0;
    xml.writeCharacters("\n  ");
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", r.file());
    xml.writeAttribute("tests", Integer.toString(Rules.ALL.size()));
    xml.writeAttribute("failures", Long.toString(failures));
    xml.writeAttribute("errors", "0");
    xml.writeAttribute("skipped", Long.toString(skipped));
    for (String code : Rules.ALL) {
      List<Problem> problems = r.problems().stream().filter(p -> p.code().equals(code)).toList();
      xml.writeCharacters("\n    ");
      xml.writeStartElement("testcase");
      xml.writeAttribute("classname", "finfile.validate." + r.file().replace('/', '.').replace('\\', '.'));
      xml.writeAttribute("name", code);
      if (failing(r, code, failOn)) {
        List<Problem> failed = problems.stream().filter(p -> p.severity() == Severity.ERROR
            || (failOn == Severity.WARNING && p.severity() == Severity.WARNING)).toList();
        xml.writeStartElement("failure");
        xml.writeAttribute("message", failed.size() + " problem" + plural(failed.size()) + ": " + failed.get(0).message());
        xml.writeAttribute("type", code);
        xml.writeCharacters(String.join("\n", failed.stream().map(Problem::format).toList()));
        xml.writeEndElement();
      } else if (r.unreadable()) {
        xml.writeEmptyElement("skipped");
        xml.writeAttribute("message", "the file could not be read");
      }
      List<Problem> other = problems.stream().filter(p -> !failing(r, code, failOn)
          || p.severity() == Severity.INFO || (failOn == Severity.ERROR && p.severity() == Severity.WARNING)).toList();
      if (!other.isEmpty() && !failing(r, code, failOn)) {
        xml.writeStartElement("system-out");
        xml.writeCharacters(String.join("\n", other.stream().map(Problem::format).toList()));
        xml.writeEndElement();
      }
      xml.writeEndElement();
    }
    xml.writeCharacters("\n  ");
    xml.writeEndElement();
  }
}
