/**
 * The whole weekly bulletin (窗口工作周报) as a host-neutral document: head, sections of headings and
 * paragraphs, the attachment table and the foot. The workbook sheet, the .docx and the HTML are renderings of it.
 */
import type { BulletinTable } from '../model';

/** 1: 一、  2: （一）  3: 1.  — GB/T 9704 heading levels (黑体 / 楷体 / 仿宋). */
export type HeadingLevel = 1 | 2 | 3;

/** A heading's text carries its number (「一、综窗改革攻坚行动」「（一）省本级综窗办件情况」), so every rendering agrees. */
export type BulletinBlock =
  | { kind: 'heading'; level: HeadingLevel; text: string }
  /** `source` says where the text came from, so a reviewer knows what to check: generated from figures, or typed by a clerk. */
  | { kind: 'paragraph'; text: string; source: 'generated' | 'free-text' };

export interface BulletinHead {
  /** 窗口工作周报 */
  name: string;
  /** 2023年第38期（总第458期） */
  issueLine: string;
  /** （9月25日—9月28日） */
  dateRange: string;
  /** 四川省政府政务服务和公共资源交易服务中心 */
  unit: string;
  /** 2023年10月17日 */
  issueDate: string;
}

export interface BulletinFoot {
  /** 送：省中心领导、省级相关部门（单位）。 */
  send: string;
  /** 发：省级相关部门（单位）窗口，省中心各处（室）、直属单位。 */
  distribute: string;
  /** （共印91份） */
  printRun: string;
}

export interface BulletinAttachment {
  /** 附件 */
  label: string;
  /** The line in the body: 附件：2023年8月省政务服务大厅进驻部门（单位）窗口考核结果. Not one of `blocks`: each rendering prints it after them. */
  bodyNote: string;
  /** The title on the attachment page, line by line: the clerk's breaks, else broken between words (titleBreak.ts). */
  titleLines: string[];
  /** `table.title` is the title on one line. */
  table: BulletinTable;
}

export interface BulletinDocument {
  head: BulletinHead;
  blocks: BulletinBlock[];
  attachment: BulletinAttachment | null;
  foot: BulletinFoot;
}
