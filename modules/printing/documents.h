#pragma once

#include <QDate>
#include <QDateTime>
#include <QImage>
#include <QList>
#include <QPair>
#include <QStringList>

namespace printing {

// What a queue ticket shows. The caller masks the name: this module never receives a full name
// or an ID number for a ticket.
struct Ticket {
    QString ticketId; // goes into the QR code
    QString number;   // "G001"
    QString laneName; // "绿色通道"
    QString maskedName;
    QDateTime issuedAt;
    int peopleAhead = 0;
    QString venueName;
    bool reprint = false;
};

// The receipt notice (收讫告知书) handed over at check-in. Name and ID number arrive masked.
struct ReceiptNotice {
    QString acceptanceNo;
    QString maskedName;
    QString maskedIdNumber;
    QString appraisalType; // display text
    QStringList materials;
    QDate receivedOn;
    QString venueName;
    QString venueAddress;
    QString enquiryPhone;
};

// The appraisal conclusion (鉴定结论书) with what 管理办法 art. 16 requires. It goes to the person:
// the name is in full, the ID number masked.
struct ConclusionNotice {
    QString acceptanceNo;
    QString name;
    QString maskedIdNumber;
    QString employer;
    QString appraisalType;
    QString diagnosis; // injury or illness, from the examination findings
    QStringList basis; // "5.7.2(36) text" lines
    int grade = 0;
    QString selfCare; // display text
    QDate concludedOn;
    QString venueName;
    QString committee;
    QString reviewer;
    QImage signature; // the reviewer's signature as drawn (null when it is missing)
    bool signatureValid = false;
};

// One expert's opinion sheet (专家鉴定意见表): the findings as recorded on the exam form, the
// basis, the result and the expert's signature. For the file and the clerk, not for the public.
struct OpinionSheet {
    struct Section {
        QString title;
        QList<QPair<QString, QString>> rows; // label → value as displayed
    };
    QString acceptanceNo;
    QString name;
    QString maskedIdNumber;
    QString employer;
    QString appraisalType;
    QString templateTitle;
    int templateVersion = 0;
    QString role; // display text: first examination, second examination …
    QString expertName;
    int version = 1;
    QString changeReason; // why this version replaced the previous one
    QList<Section> sections;
    QStringList basis; // "5.7.2(36) text" lines
    int computedGrade = 0;
    int overrideGrade = 0;
    QString overrideReason;
    QString selfCare; // display text
    QDateTime submittedAt;
    QString committee;
    QImage signature;
    bool signatureValid = false;
};

} // namespace printing
